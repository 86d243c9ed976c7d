//! The instructor's routes: the page, its event stream, the room as JSON,
//! the course's quiz catalog, what the page asks of the room (a question to
//! everyone, a round of the concept check, names on the bars or not), and
//! the page's two assets. All but the assets take an [`Instructor`]: they
//! need the instructor's token; the assets hold no secret.
//!
//! The event stream sends the whole room as one `room` event: at once, after
//! every stored change (at most four a second, however fast reports come),
//! and every 30 seconds, so that "stuck for N minutes" appears on time on a
//! page that nobody touches. A room of 40 is a few kilobytes of JSON; the
//! page redraws from it, and never has to merge partial updates.

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::stream::{self, Stream};
use tokio::time::{Instant, MissedTickBehavior};

use serde::Deserialize;

use super::api_error::ApiError;
use super::extract::{Instructor, Json};
use super::now_ms;
use super::quizzes::Catalog;
use super::server::AppState;
use super::view::RoomView;
use super::wire::{Poll, Round};

const PAGE: &str = include_str!("page/room.html");
const CSS: &str = include_str!("page/room.css");
const SCRIPT: &str = include_str!("page/room.js");

/// How often an unchanged room is sent again (stuck times move on).
const REFRESH: Duration = Duration::from_secs(30);
/// The least time between two events of one stream: the page redraws at
/// most this often, whatever the load.
const THROTTLE: Duration = Duration::from_millis(250);

/// What the browser may do with the page: its own script and style only, no
/// inline script, no other site. Names are shown with `textContent`, so
/// this is a second line of defence, not the first.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
     style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; \
     form-action 'none'; frame-ancestors 'none'";

/// `GET /api/room?token=`: the room as JSON, as the page gets it.
pub async fn room(
    State(state): State<AppState>,
    _: Instructor,
) -> Result<Json<RoomView>, ApiError> {
    Ok(Json(state.view().await?))
}

/// `GET /api/quizzes?token=`: every question the room can hear of, with its
/// prompt, code and choices, for the page to show; sent once, since it
/// changes only with the course.
pub async fn catalog(State(state): State<AppState>, _: Instructor) -> Json<Catalog> {
    Json(state.settings().quizzes.catalog.clone())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ask {
    /// A chapter's question, by its full id.
    question: String,
}

/// `POST /api/room/poll?token=` `{"question": "09/mocked-store"}`: asks the
/// room that question (every learner's `quiz --room` shows it); the one
/// asked before, if still open, is closed.
pub async fn ask(
    State(state): State<AppState>,
    _: Instructor,
    Json(ask): Json<Ask>,
) -> Result<Json<Poll>, ApiError> {
    match state.settings().quizzes.question(&ask.question) {
        None => return Err(ApiError::UnknownQuestion(ask.question)),
        Some(question) if question.concept_check => {
            return Err(ApiError::Invalid(
                "the concept check is taken in its rounds, not asked one question at a time"
                    .to_string(),
            ));
        }
        Some(_) => {}
    }
    let poll = state
        .with_store(move |store| store.open_poll(&ask.question, now_ms()))
        .await?;
    state.quiz_changed();
    Ok(Json(poll))
}

/// `DELETE /api/room/poll?token=`: closes the question asked (learners see
/// its explanations); 204 whether or not one was open.
pub async fn close(State(state): State<AppState>, _: Instructor) -> Result<StatusCode, ApiError> {
    if state.with_store(|store| store.close_poll(now_ms())).await? {
        state.quiz_changed();
    }
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpenRound {
    /// The round to open, or `null` to close the one open.
    round: Option<Round>,
}

/// `POST /api/room/round?token=` `{"round": "before"}`: opens a round of
/// the concept check (`quiz --concept-check` takes it in that round), or
/// with `null` closes it. 204.
pub async fn round(
    State(state): State<AppState>,
    _: Instructor,
    Json(open): Json<OpenRound>,
) -> Result<StatusCode, ApiError> {
    state
        .with_store(move |store| store.set_round(open.round))
        .await?;
    state.quiz_changed();
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    shown: bool,
}

/// `POST /api/room/names?token=` `{"shown": true}`: names on the page's
/// bars, or not (the default: a projector shows the bars). 204.
pub async fn names(
    State(state): State<AppState>,
    _: Instructor,
    Json(names): Json<Names>,
) -> Result<StatusCode, ApiError> {
    state
        .with_store(move |store| store.set_names_shown(names.shown))
        .await?;
    state.changed();
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /room?token=`: the page.
/// Without the token, a sentence for the person at the browser rather than
/// the API's JSON.
pub async fn page(instructor: Result<Instructor, ApiError>) -> Response {
    if instructor.is_err() {
        return (
            StatusCode::FORBIDDEN,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "This page needs the instructor's link, with its token: \
             `cargo kata classroom serve` prints it.\n",
        )
            .into_response();
    }
    let mut response = ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], PAGE).into_response();
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        // The token is in the address: never send it on to another site.
        (header::REFERRER_POLICY, "no-referrer"),
        (header::CACHE_CONTROL, "no-store"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

pub async fn css() -> impl IntoResponse {
    asset("text/css; charset=utf-8", CSS)
}

pub async fn script() -> impl IntoResponse {
    asset("text/javascript; charset=utf-8", SCRIPT)
}

fn asset(content_type: &'static str, text: &'static str) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "no-cache"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        text,
    )
}

/// `GET /room/events?token=`: server-sent events, one `room` event each
/// time the room changes.
pub async fn events(
    State(state): State<AppState>,
    _: Instructor,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let changes = state.subscribe();
    let mut refresh = tokio::time::interval(REFRESH);
    refresh.set_missed_tick_behavior(MissedTickBehavior::Delay);
    // The interval's first tick is at once: the stream starts with the room.
    let start = (state, changes, refresh, None::<Instant>);
    let stream = stream::unfold(
        start,
        |(state, mut changes, mut refresh, last)| async move {
            tokio::select! {
                changed = changes.changed() => changed.ok()?,
                _ = refresh.tick() => {}
            }
            if let Some(last) = last {
                tokio::time::sleep_until(last + THROTTLE).await;
            }
            // Changes that came while this one waited are in this view.
            changes.mark_unchanged();
            let event = match state.view().await {
                Ok(view) => room_event(&view),
                Err(error) => {
                    anstream::eprintln!("classroom: {error:#}");
                    Event::default().comment("the room could not be read")
                }
            };
            Some((Ok(event), (state, changes, refresh, Some(Instant::now()))))
        },
    );
    Sse::new(stream).keep_alive(KeepAlive::default())
}

fn room_event(view: &RoomView) -> Event {
    Event::default()
        .event("room")
        .json_data(view)
        .unwrap_or_else(|_| Event::default().comment("the room could not be written"))
}
