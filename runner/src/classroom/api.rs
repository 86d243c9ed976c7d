//! The learners' routes: join, report a check, ask whether the room knows
//! them (for `doctor`), leave. Every one but join takes a [`Learner`], so it
//! needs the room's join code and the learner's own token, and can touch
//! that learner's row only.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;

use super::api_error::ApiError;
use super::extract::{Json, Learner};
use super::now_ms;
use super::secret;
use super::server::AppState;
use super::wire::{self, JoinRequest, Joined, Known, Report, Stored};
use crate::ui::{self, NOTE};

/// `POST /api/join`: 201 with the learner's id and token.
pub async fn join(
    State(state): State<AppState>,
    Json(request): Json<JoinRequest>,
) -> Result<impl IntoResponse, ApiError> {
    if !secret::code_matches(&request.code, &state.settings().code) {
        return Err(ApiError::WrongCode);
    }
    let name = wire::clean_name(&request.name).map_err(ApiError::Invalid)?;
    let token = secret::token()?;
    let (stored_name, stored_token) = (name.clone(), token.clone());
    let learner = state
        .with_store(move |store| store.add_learner(&stored_name, &stored_token, now_ms()))
        .await?;
    if state.settings().announce {
        anstream::println!(
            "{}",
            ui::status(NOTE, "Joined", format!("{name} (learner {learner})"))
        );
    }
    state.changed();
    Ok((
        StatusCode::CREATED,
        Json(Joined {
            learner,
            name,
            token,
        }),
    ))
}

/// `GET /api/learners/{id}`: the room knows this learner.
pub async fn known(learner: Learner) -> Json<Known> {
    Json(Known {
        learner: learner.id,
        name: learner.name,
    })
}

/// `DELETE /api/learners/{id}`: 204, and the learner's row is gone.
pub async fn leave(
    State(state): State<AppState>,
    Learner { id, name }: Learner,
) -> Result<StatusCode, ApiError> {
    state
        .with_store(move |store| store.remove_learner(id))
        .await?;
    if state.settings().announce {
        anstream::println!(
            "{}",
            ui::status(NOTE, "Left", format!("{name} (learner {id})"))
        );
    }
    state.changed();
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/learners/{id}/reports`: 200 with whether it was stored (a
/// report older than the room's state of that kata is not).
pub async fn report(
    State(state): State<AppState>,
    learner: Learner,
    Json(report): Json<Report>,
) -> Result<Json<Stored>, ApiError> {
    let learner = learner.id;
    report.check_limits().map_err(ApiError::Invalid)?;
    if !state.settings().katas.iter().any(|k| k.id == report.kata) {
        return Err(ApiError::UnknownKata(wire::shorten(&report.kata, 20)));
    }
    let stored = state
        .with_store(move |store| store.record(learner, &report, now_ms()))
        .await?;
    if stored {
        state.changed();
    }
    Ok(Json(Stored { stored }))
}
