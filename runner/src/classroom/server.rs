//! The classroom server: the routes of the learners' runners and of the
//! instructor's page, on one axum router, over the room's SQLite store.
//! Learners report checks and send quiz answers, and wait for the question
//! the instructor asks the room; the instructor's page sees the room live
//! and asks.
//!
//! SQLite calls are blocking, so they run on tokio's blocking threads
//! (`spawn_blocking`), one at a time behind a mutex: a report is one short
//! transaction, and a room of 40 (or the load test's 100) is far from what
//! one connection can write.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};

use anyhow::{Context, Result};
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use tokio::sync::watch;

use super::admission::Admission;
use super::quizzes::RoomQuizzes;
use super::store::Store;
use super::view::{self, RoomView};
use super::wire::{BODY_MAX, RoomQuiz};
use super::{api, instructor, now_ms, quiz_view};
use crate::course::Kata;

/// What the server is told at start.
pub struct Settings {
    /// What learners type after `cargo kata join`: `CODE@HOST:PORT`.
    pub join: String,
    pub code: String,
    pub instructor_token: String,
    pub stuck_minutes: u64,
    /// The course's katas: reports of any other kata are refused.
    pub katas: Vec<Kata>,
    /// Say joins and leaves on the instructor's terminal.
    pub announce: bool,
    /// The course's quizzes: answers are checked against them.
    pub quizzes: RoomQuizzes,
    /// The cap on learners and the rate of joins.
    pub admission: Admission,
}

/// Shared by every request.
#[derive(Clone)]
pub struct AppState {
    shared: Arc<Shared>,
}

struct Shared {
    settings: Settings,
    store: Mutex<Store>,
    /// Bumped after every stored change; each open event stream waits on it.
    changes: watch::Sender<u64>,
    /// Bumped when the room asks something else of its learners (a question
    /// opened or closed, a round of the concept check); each learner's
    /// `quiz --room` waits on it. It starts at the server's start time, so
    /// that a version a runner kept from before a restart is never current.
    quiz_changes: watch::Sender<u64>,
}

impl AppState {
    pub fn new(settings: Settings, store: Store) -> AppState {
        AppState {
            shared: Arc::new(Shared {
                settings,
                store: Mutex::new(store),
                changes: watch::Sender::new(0),
                quiz_changes: watch::Sender::new(now_ms().unsigned_abs()),
            }),
        }
    }

    pub fn settings(&self) -> &Settings {
        &self.shared.settings
    }

    /// Runs `work` on the store, on a blocking thread.
    pub async fn with_store<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Store) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let shared = Arc::clone(&self.shared);
        tokio::task::spawn_blocking(move || {
            // A panic in another request leaves the connection usable: its
            // transaction was rolled back when it was dropped.
            let mut store = shared.store.lock().unwrap_or_else(PoisonError::into_inner);
            work(&mut store)
        })
        .await
        .context("a database task failed")?
    }

    /// Tells every open event stream that the room changed.
    pub fn changed(&self) {
        self.shared.changes.send_modify(|version| *version += 1);
    }

    pub fn subscribe(&self) -> watch::Receiver<u64> {
        self.shared.changes.subscribe()
    }

    /// Tells every waiting `quiz --room` that the room asks something else.
    pub fn quiz_changed(&self) {
        self.shared
            .quiz_changes
            .send_modify(|version| *version = version.wrapping_add(1));
        self.changed();
    }

    pub fn subscribe_quiz(&self) -> watch::Receiver<u64> {
        self.shared.quiz_changes.subscribe()
    }

    /// What the room asks of its learners now, with its version.
    pub async fn room_quiz(&self) -> Result<RoomQuiz> {
        let version = *self.shared.quiz_changes.borrow();
        let (poll, settings) = self
            .with_store(|store| Ok((store.latest_poll()?, store.quiz_settings()?)))
            .await?;
        Ok(RoomQuiz {
            version,
            poll,
            round: settings.round,
        })
    }

    /// The room as the page shows it, now.
    pub async fn view(&self) -> Result<RoomView> {
        let (learners, answers, quiz_settings, poll) = self
            .with_store(|store| {
                Ok((
                    store.learners()?,
                    store.answers()?,
                    store.quiz_settings()?,
                    store.latest_poll()?,
                ))
            })
            .await?;
        let settings = self.settings();
        let mut view = view::build(
            &settings.join,
            &settings.katas,
            &learners,
            now_ms(),
            settings.stuck_minutes,
        );
        let names: BTreeMap<i64, String> = learners
            .iter()
            .map(|learner| (learner.id, learner.name.clone()))
            .collect();
        view.quiz = quiz_view::build(
            &settings.quizzes,
            &names,
            &answers,
            &quiz_settings,
            poll.as_ref(),
        );
        view.refused = settings.admission.counts();
        Ok(view)
    }
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/api/join", post(api::join))
        .route("/api/learners/{id}", get(api::known).delete(api::leave))
        .route("/api/learners/{id}/reports", post(api::report))
        .route("/api/learners/{id}/answers", post(api::answer))
        .route("/api/learners/{id}/quiz", get(api::room_quiz))
        .route("/api/room", get(instructor::room))
        .route("/api/quizzes", get(instructor::catalog))
        .route(
            "/api/room/poll",
            post(instructor::ask).delete(instructor::close),
        )
        .route("/api/room/round", post(instructor::round))
        .route("/api/room/names", post(instructor::names))
        .route("/room", get(instructor::page))
        .route("/room/events", get(instructor::events))
        .route("/assets/room.css", get(instructor::css))
        .route("/assets/room.js", get(instructor::script))
        .layer(DefaultBodyLimit::max(BODY_MAX))
        .with_state(state)
}

/// Serves until the process is stopped. Every change is committed before its
/// answer is sent, so stopping it (Ctrl-C, or a kill) loses nothing.
/// Each connection's address reaches the routes (`ConnectInfo`): joins are
/// limited per address.
pub async fn run(listener: tokio::net::TcpListener, state: AppState) -> Result<()> {
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .await
    .context("the classroom server stopped")
}
