//! `JsonBody<T>`: axum's `Json<T>` extractor, with its refusals turned into
//! the API's own errors.
//!
//! Plain `Json<T>` refuses a bad body by itself, before the handler runs,
//! with a plain-text answer (400, 415 or 422) that a client expecting
//! `{"error": ...}` can't read. Handlers take `JsonBody<T>` instead, so that
//! every error the API gives has the same JSON shape.

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};

use crate::error::ApiError;

// ANCHOR: json_body
/// A request body read as JSON into a `T`; see the module's documentation.
pub struct JsonBody<T>(pub T);

impl<S, T> FromRequest<S> for JsonBody<T>
where
    Json<T>: FromRequest<S, Rejection = JsonRejection>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<JsonBody<T>, ApiError> {
        let Json(value) = Json::<T>::from_request(request, state).await?;
        Ok(JsonBody(value))
    }
}
// ANCHOR_END: json_body
