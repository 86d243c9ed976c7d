//! The instructor's routes: the page, its event stream, the room as JSON,
//! and the page's two assets. The page, the stream and the JSON take an
//! [`Instructor`]: they need the instructor's token; the assets hold no
//! secret.
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

use super::api_error::ApiError;
use super::extract::{Instructor, Json};
use super::server::AppState;
use super::view::RoomView;

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
