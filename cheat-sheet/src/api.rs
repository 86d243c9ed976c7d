//! The notes API: `POST /notes` with `{"title", "body"}` answers 201 and the
//! note; `GET /notes/{id}` answers 200 and the note, or 404 and
//! `{"error": "not_found"}`.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::note::Note;
use crate::store;

type Db = Arc<Mutex<Connection>>;

/// The API over one notes database (from `store::open` or
/// `store::open_in_memory`).
pub fn router(db: Connection) -> Router {
    Router::new()
        .route("/notes", post(create))
        .route("/notes/{id}", get(read))
        .with_state(Arc::new(Mutex::new(db)))
}

#[derive(Debug, Deserialize)]
struct NewNote {
    title: String,
    body: String,
}

async fn create(
    State(db): State<Db>,
    Json(new): Json<NewNote>,
) -> Result<(StatusCode, Json<Note>), ApiError> {
    let note = Note::new(&new.title, &new.body);
    store::insert(&lock(&db), &note)?;
    Ok((StatusCode::CREATED, Json(note)))
}

async fn read(State(db): State<Db>, Path(id): Path<String>) -> Result<Json<Note>, ApiError> {
    let note = store::get(&lock(&db), &id)?;
    note.map(Json).ok_or(ApiError::NotFound)
}

/// A lock is poisoned when a handler panicked while holding it; the
/// connection inside is still usable, so the API goes on answering.
fn lock(db: &Db) -> MutexGuard<'_, Connection> {
    db.lock().unwrap_or_else(PoisonError::into_inner)
}

#[derive(Debug)]
enum ApiError {
    NotFound,
    Database,
}

impl From<rusqlite::Error> for ApiError {
    fn from(_: rusqlite::Error) -> ApiError {
        ApiError::Database
    }
}

#[derive(Serialize)]
struct ErrorBody {
    error: &'static str,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, error) = match self {
            ApiError::NotFound => (StatusCode::NOT_FOUND, "not_found"),
            ApiError::Database => (StatusCode::INTERNAL_SERVER_ERROR, "database"),
        };
        (status, Json(ErrorBody { error })).into_response()
    }
}
