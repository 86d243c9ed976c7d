//! The learners' routes: join, report a check, ask whether the room knows
//! them (for `doctor`), leave. Every one but join needs the room's join
//! code and the learner's own token, and can touch that learner's row only.

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::IntoResponse;

use super::api_error::ApiError;
use super::now_ms;
use super::secret;
use super::server::AppState;
use super::wire::{self, JOIN_CODE_HEADER, JoinRequest, Joined, Known, Report, Stored};
use crate::ui::{self, NOTE};

/// `POST /api/join`: 201 with the learner's id and token.
pub async fn join(
    State(state): State<AppState>,
    body: Result<Json<JoinRequest>, JsonRejection>,
) -> Result<impl IntoResponse, ApiError> {
    let Json(request) = body?;
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
pub async fn known(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Json<Known>, ApiError> {
    let (learner, name) = authorize(&state, &id, &headers).await?;
    Ok(Json(Known { learner, name }))
}

/// `DELETE /api/learners/{id}`: 204, and the learner's row is gone.
pub async fn leave(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<StatusCode, ApiError> {
    let (learner, name) = authorize(&state, &id, &headers).await?;
    state
        .with_store(move |store| store.remove_learner(learner))
        .await?;
    if state.settings().announce {
        anstream::println!(
            "{}",
            ui::status(NOTE, "Left", format!("{name} (learner {learner})"))
        );
    }
    state.changed();
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/learners/{id}/reports`: 200 with whether it was stored (a
/// report older than the room's state of that kata is not).
pub async fn report(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Result<Json<Report>, JsonRejection>,
) -> Result<Json<Stored>, ApiError> {
    let (learner, _) = authorize(&state, &id, &headers).await?;
    let Json(report) = body?;
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

/// The join code, then the learner's token for this id. Every check looks
/// at the whole secret, whatever is wrong with it; an id that is not a
/// number, an id nobody has and a token that is not this learner's all get
/// the same answer, so that the answers tell nothing about who is in the
/// room.
async fn authorize(
    state: &AppState,
    id: &str,
    headers: &HeaderMap,
) -> Result<(i64, String), ApiError> {
    let code = headers
        .get(JOIN_CODE_HEADER)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();
    if !secret::code_matches(code, &state.settings().code) {
        return Err(ApiError::WrongCode);
    }
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .unwrap_or_default()
        .to_string();
    let Ok(learner) = id.parse::<i64>() else {
        return Err(ApiError::UnknownLearner);
    };
    match state
        .with_store(move |store| store.learner(learner))
        .await?
    {
        Some(stored) if secret::constant_time_eq(token.as_bytes(), stored.token.as_bytes()) => {
            Ok((learner, stored.name))
        }
        _ => Err(ApiError::UnknownLearner),
    }
}
