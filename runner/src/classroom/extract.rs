//! Who is asking, and what they sent, as axum extractors: a route that takes
//! a [`Learner`] or an [`Instructor`] cannot forget to check the secret, and
//! every rejection (a wrong code, an unknown token, a body that is not the
//! right JSON) is the API's own [`ApiError`], with its status and its JSON
//! body.

use axum::extract::{FromRequest, FromRequestParts, Path, Query, Request};
use axum::http::header;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::api_error::ApiError;
use super::secret;
use super::server::AppState;
use super::wire::JOIN_CODE_HEADER;

/// A learner of this room, proven by the room's join code
/// (`x-join-code`) and their own token (`Authorization: Bearer`) for the
/// id in the path (`/api/learners/{id}`).
///
/// Every check looks at the whole secret, whatever is wrong with it; an id
/// that is not a number, an id nobody has and a token that is not this
/// learner's all get the same answer, so that the answers tell nothing
/// about who is in the room.
pub struct Learner {
    pub id: i64,
    pub name: String,
}

impl FromRequestParts<AppState> for Learner {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let header = |name: &str| {
            parts
                .headers
                .get(name)
                .and_then(|value| value.to_str().ok())
                .unwrap_or_default()
                .to_string()
        };
        if !secret::code_matches(&header(JOIN_CODE_HEADER), &state.settings().code) {
            return Err(ApiError::WrongCode);
        }
        let authorization = header(header::AUTHORIZATION.as_str());
        let token = authorization
            .strip_prefix("Bearer ")
            .unwrap_or_default()
            .to_string();
        let Ok(Path(id)) = Path::<String>::from_request_parts(parts, state).await else {
            return Err(ApiError::UnknownLearner);
        };
        let Ok(id) = id.parse::<i64>() else {
            return Err(ApiError::UnknownLearner);
        };
        match state.with_store(move |store| store.learner(id)).await? {
            Some(stored) if secret::constant_time_eq(token.as_bytes(), stored.token.as_bytes()) => {
                Ok(Learner {
                    id,
                    name: stored.name,
                })
            }
            _ => Err(ApiError::UnknownLearner),
        }
    }
}

/// The instructor, proven by their token in the query (`?token=`, since a
/// browser's `EventSource` cannot send headers).
pub struct Instructor;

#[derive(Deserialize)]
struct TokenQuery {
    #[serde(default)]
    token: String,
}

impl FromRequestParts<AppState> for Instructor {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = Query::<TokenQuery>::from_request_parts(parts, state)
            .await
            .map(|Query(query)| query.token)
            .unwrap_or_default();
        if secret::constant_time_eq(
            token.as_bytes(),
            state.settings().instructor_token.as_bytes(),
        ) {
            Ok(Instructor)
        } else {
            Err(ApiError::InstructorOnly)
        }
    }
}

/// axum's `Json`, whose rejection is the API's own error: as an extractor,
/// a body that is not JSON, too large, or not the right shape is an
/// [`ApiError`]; as a response, it is axum's.
pub struct Json<T>(pub T);

impl<S, T> FromRequest<S> for Json<T>
where
    axum::Json<T>: FromRequest<S, Rejection = axum::extract::rejection::JsonRejection>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, ApiError> {
        let axum::Json(value) = axum::Json::<T>::from_request(request, state).await?;
        Ok(Json(value))
    }
}

impl<T> IntoResponse for Json<T>
where
    axum::Json<T>: IntoResponse,
{
    fn into_response(self) -> Response {
        axum::Json(self.0).into_response()
    }
}
