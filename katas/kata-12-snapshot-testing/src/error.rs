//! The API's errors, and how each reaches the client: a status code, and a
//! JSON body `{"error": "...", "message": "..."}`.
//!
//! | what went wrong                          | status | `error`           |
//! |------------------------------------------|--------|-------------------|
//! | no order has this id                     | 404    | `order_not_found` |
//! | the body is not a JSON order             | 400    | `unreadable_body` |
//! | the order breaks a rule (an unknown SKU) | 422    | `invalid_order`   |
//! | the database failed                      | 500    | `internal_error`  |

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::orders::OrderError;

/// The body of every error response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorBody {
    /// A short code that stays the same from release to release.
    pub error: &'static str,
    /// What went wrong, in words, for a person.
    pub message: String,
}

/// Everything a handler can fail with.
#[derive(Debug)]
pub enum ApiError {
    /// No order has this public id (as the client wrote it in the path).
    OrderNotFound(String),
    InvalidOrder(OrderError),
    UnreadableBody(JsonRejection),
    /// The details stay in the server's log: they mean nothing to a client.
    Database(rusqlite::Error),
}

impl From<OrderError> for ApiError {
    fn from(error: OrderError) -> ApiError {
        ApiError::InvalidOrder(error)
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> ApiError {
        ApiError::UnreadableBody(rejection)
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(error: rusqlite::Error) -> ApiError {
        ApiError::Database(error)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, error, message) = match self {
            ApiError::OrderNotFound(id) => (
                StatusCode::NOT_FOUND,
                "order_not_found",
                format!("no order has id {id:?}"),
            ),
            ApiError::InvalidOrder(error) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid_order",
                error.to_string(),
            ),
            ApiError::UnreadableBody(rejection) => (
                StatusCode::BAD_REQUEST,
                "unreadable_body",
                rejection.body_text(),
            ),
            ApiError::Database(error) => {
                eprintln!("database error: {error}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal_error",
                    "the shop failed to answer; please try again".to_string(),
                )
            }
        };
        (status, Json(ErrorBody { error, message })).into_response()
    }
}
