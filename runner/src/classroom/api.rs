//! The learners' routes: join, report a check, answer a quiz question, hear
//! what the room asks (`quiz --room`), ask whether the room knows them (for
//! `doctor`), leave. Every one but join takes a [`Learner`], so it needs the
//! room's join code and the learner's own token, and can touch that
//! learner's rows only.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use axum::extract::rejection::QueryRejection;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use serde::Deserialize;

use super::admission::{self, Refusal};
use super::api_error::ApiError;
use super::extract::{Json, Learner};
use super::now_ms;
use super::secret;
use super::server::AppState;
use super::store::During;
use super::wire::{
    self, Answer, JoinRequest, Joined, Known, QUIZ_WAIT_SECONDS, Report, RoomQuiz, Stored,
};
use crate::ui::{self, NOTE, WARN};

/// `POST /api/join`: 201 with the learner's id and token; 429 when the
/// room is full, or when this address joins too fast.
pub async fn join(
    State(state): State<AppState>,
    ConnectInfo(address): ConnectInfo<SocketAddr>,
    Json(request): Json<JoinRequest>,
) -> Result<impl IntoResponse, ApiError> {
    let admission = &state.settings().admission;
    if let Err(wait) = admission.take(address.ip(), Instant::now()) {
        refused(&state, Refusal::TooFast(wait), address);
        return Err(ApiError::TooManyJoins(admission::retry_after_seconds(wait)));
    }
    if !secret::code_matches(&request.code, &state.settings().code) {
        return Err(ApiError::WrongCode);
    }
    let name = wire::clean_name(&request.name).map_err(ApiError::Invalid)?;
    let token = secret::token()?;
    let (stored_name, stored_token) = (name.clone(), token.clone());
    let max = admission.max_learners;
    let learner = state
        .with_store(move |store| {
            store.add_learner_within(&stored_name, &stored_token, now_ms(), max)
        })
        .await?;
    let Some(learner) = learner else {
        refused(&state, Refusal::Full, address);
        return Err(ApiError::RoomFull(max));
    };
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

/// Counts a refused join, says the first of its kind on the terminal, and
/// tells the page.
fn refused(state: &AppState, refusal: Refusal, address: SocketAddr) {
    if let Some(line) = state.settings().admission.refused(refusal, address.ip()) {
        anstream::println!("{}", ui::status(WARN, "Refused", line));
    }
    state.changed();
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

/// `POST /api/learners/{id}/answers`: 200 with whether it changed the
/// learner's first or latest answer. The question and its choices must be
/// the course's; an answer to a poll must be to the question that poll
/// asked; a concept check's answer must be in a round the instructor has
/// opened.
pub async fn answer(
    State(state): State<AppState>,
    learner: Learner,
    Json(answer): Json<Answer>,
) -> Result<Json<Stored>, ApiError> {
    let learner = learner.id;
    answer.check_limits().map_err(ApiError::Invalid)?;
    state.settings().quizzes.check(&answer)?;
    let stored = state
        .with_store(move |store| {
            let during = match (answer.poll, answer.round) {
                (Some(poll), _) => match store.poll(poll)? {
                    Some(asked) if asked.question == answer.question => During::Poll(poll),
                    Some(asked) => {
                        return Ok(Err(ApiError::UnknownPoll(format!(
                            "poll {poll} asked {}, not {}",
                            asked.question, answer.question
                        ))));
                    }
                    None => return Ok(Err(ApiError::UnknownPoll(format!("poll {poll}")))),
                },
                (None, Some(round)) => {
                    if !store.quiz_settings()?.opened.contains(&round) {
                        return Ok(Err(ApiError::RoundNotOpen(round)));
                    }
                    During::Round(round)
                }
                (None, None) => During::Quiz,
            };
            store
                .record_answer(
                    learner,
                    &answer.question,
                    &answer.choices,
                    during,
                    answer.answered_at,
                )
                .map(Ok)
        })
        .await??;
    if stored {
        state.changed();
    }
    Ok(Json(Stored { stored }))
}

#[derive(Deserialize)]
pub struct Waiting {
    /// The version the runner has: the answer waits until there is another.
    after: Option<u64>,
}

/// `GET /api/learners/{id}/quiz[?after=VERSION]`: what the room asks of its
/// learners (the question asked last, the concept check's round). With
/// `after`, it answers once that is no longer the version, or after
/// [`QUIZ_WAIT_SECONDS`] with the same.
pub async fn room_quiz(
    State(state): State<AppState>,
    _: Learner,
    waiting: Result<Query<Waiting>, QueryRejection>,
) -> Result<Json<RoomQuiz>, ApiError> {
    let Query(waiting) = waiting.map_err(|rejection| ApiError::Invalid(rejection.body_text()))?;
    if let Some(after) = waiting.after {
        let mut changes = state.subscribe_quiz();
        let _ = tokio::time::timeout(
            Duration::from_secs(QUIZ_WAIT_SECONDS),
            changes.wait_for(|version| *version != after),
        )
        .await;
    }
    Ok(Json(state.room_quiz().await?))
}
