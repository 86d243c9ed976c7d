//! The classroom: a live grid of who is stuck where, for a workshop, and
//! the room's quiz answers (a question asked of the whole room, the concept
//! check before and after).
//!
//! The instructor runs `cargo kata classroom serve` (an axum server on
//! tokio, its room in a SQLite file in `.kata/classroom/`); learners run
//! `cargo kata join CODE@HOST:PORT --name NAME` once, and from then on each
//! `check` and `watch` reports how it ended (never code) until
//! `cargo kata leave`.
//!
//! - `wire`: the JSON both sides speak, and its limits;
//! - `secret`: the join code, the tokens, comparing them in constant time;
//! - `store`: the room in SQLite; `view`: the room as the page shows it,
//!   and `quiz_view` its quiz answers;
//! - `quizzes`: the course's quizzes as the room knows them (what answers
//!   are checked against, and the page's catalog);
//! - `admission`: the cap on learners and the rate of joins;
//! - `server`, `api`, `instructor`, `api_error`: the server and its routes;
//!   `extract`: who is asking (a learner, the instructor) and the JSON they
//!   sent, checked before a route runs;
//! - `page/`: the instructor's page (HTML, CSS and a small script, served
//!   as they are: no build step);
//! - `client`: the learner's side, reporting in the background.

pub mod admission;
pub mod api;
pub mod api_error;
pub mod client;
pub mod extract;
pub mod instructor;
pub mod quiz_view;
pub mod quizzes;
pub mod secret;
pub mod server;
pub mod store;
pub mod view;
pub mod wire;

use std::time::{SystemTime, UNIX_EPOCH};

/// Milliseconds since 1970: the unit of every time in the room.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}
