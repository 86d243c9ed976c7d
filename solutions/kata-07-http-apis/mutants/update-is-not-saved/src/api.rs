//! The routes, and what each one answers. Everything the server does is
//! here: tests call [`app`] in-process with `oneshot`, and
//! [`serve`](crate::server::serve) puts the same router behind a socket.

use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};

use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::repository::UserRepository;
use crate::users::{User, UserForm};

// ANCHOR: app
/// The user API, on the database behind `users`.
pub fn app(users: UserRepository) -> Router {
    Router::new()
        .route("/users", post(create_user))
        .route("/users/{id}", get(read_user).put(update_user))
        .with_state(users)
}
// ANCHOR_END: app

// ANCHOR: handlers
/// `POST /users`: 201 with the new user, and where to read it.
async fn create_user(
    State(users): State<UserRepository>,
    JsonBody(form): JsonBody<UserForm>,
) -> Result<impl IntoResponse, ApiError> {
    let user = users.create(&form.validate()?)?;
    let location = format!("/users/{}", user.id);
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(user),
    ))
}

/// `GET /users/{id}`: 200 with the user, or 404.
async fn read_user(
    State(users): State<UserRepository>,
    Path(id): Path<String>,
) -> Result<Json<User>, ApiError> {
    let id = user_id(&id)?;
    match users.find(id)? {
        Some(user) => Ok(Json(user)),
        None => Err(ApiError::UserNotFound(id.to_string())),
    }
}

/// `PUT /users/{id}`: 200 with the user as stored, or 404.
async fn update_user(
    State(users): State<UserRepository>,
    Path(id): Path<String>,
    JsonBody(form): JsonBody<UserForm>,
) -> Result<Json<User>, ApiError> {
    let id = user_id(&id)?;
    let form = form.validate()?;
    match users.find(id)? {
        Some(user) => Ok(Json(User {
            name: form.name,
            email: form.email,
            ..user
        })),
        None => Err(ApiError::UserNotFound(id.to_string())),
    }
}
// ANCHOR_END: handlers

/// The id in a path such as `/users/7`. Text that is not a number names no
/// user, so it gets the same 404 (and JSON body) as an id nobody has, rather
/// than axum's plain-text 400 for a path it can't parse.
fn user_id(raw: &str) -> Result<i64, ApiError> {
    raw.parse()
        .map_err(|_| ApiError::UserNotFound(raw.to_string()))
}
