//! The API's errors, and how each one reaches the client: a status code, and
//! a JSON body that a program can match on and a person can read.
//!
//! | what went wrong                              | status | `error`          |
//! |----------------------------------------------|--------|------------------|
//! | no user has this id                          | 404    | `user_not_found` |
//! | the body is not JSON                         | 400    | `malformed_json` |
//! | the body is not sent as `application/json`   | 415    | `expected_json`  |
//! | the JSON is not a user (a field is missing)  | 422    | `invalid_user`   |
//! | the user breaks a rule (an empty name)       | 422    | `invalid_user`   |
//! | the database failed                          | 500    | `internal_error` |

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use crate::users::InvalidUser;

// ANCHOR: error_body
/// The body of every error response, such as
/// `{"error": "user_not_found", "message": "no user has id 7"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// A short code that stays the same from release to release: clients
    /// match on this.
    pub error: String,
    /// What went wrong, in words, for a person: show it or log it, but
    /// don't parse it.
    pub message: String,
}
// ANCHOR_END: error_body

/// Everything a handler can fail with.
#[derive(Debug)]
pub enum ApiError {
    /// No user has this id (as the client wrote it in the path).
    UserNotFound(String),
    /// The JSON is readable, but it is not a valid user: a field is missing
    /// or of the wrong type, or the user breaks a rule.
    InvalidUser(String),
    /// The body could not be read as JSON at all.
    UnreadableBody(JsonRejection),
    /// The database failed. The details stay in the server's log: they mean
    /// nothing to a client, and they can say too much.
    Database(rusqlite::Error),
}

impl From<InvalidUser> for ApiError {
    fn from(invalid: InvalidUser) -> ApiError {
        ApiError::InvalidUser(invalid.to_string())
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(error: rusqlite::Error) -> ApiError {
        ApiError::Database(error)
    }
}

// ANCHOR: from_rejection
impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> ApiError {
        match rejection {
            // JSON that parses but does not fit `UserForm` (a missing field,
            // a number for a name) is a user that is not valid, just like one
            // that breaks a rule: the client gets the same 422 for both.
            JsonRejection::JsonDataError(error) => ApiError::InvalidUser(error.body_text()),
            other => ApiError::UnreadableBody(other),
        }
    }
}
// ANCHOR_END: from_rejection

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, error, message) = match self {
            ApiError::UserNotFound(id) => (
                StatusCode::NOT_FOUND,
                "user_not_found",
                format!("no user has id {id}"),
            ),
            ApiError::InvalidUser(message) => {
                (StatusCode::UNPROCESSABLE_ENTITY, "invalid_user", message)
            }
            ApiError::UnreadableBody(rejection) => {
                let error = match rejection {
                    JsonRejection::JsonSyntaxError(_) => "malformed_json",
                    JsonRejection::MissingJsonContentType(_) => "expected_json",
                    _ => "unreadable_body",
                };
                (rejection.status(), error, rejection.body_text())
            }
            ApiError::Database(error) => {
                eprintln!("database error: {error}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal_error",
                    "the server failed to answer; please try again".to_string(),
                )
            }
        };
        let body = ErrorBody {
            error: error.to_string(),
            message,
        };
        (status, Json(body)).into_response()
    }
}
