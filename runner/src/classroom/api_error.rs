//! The server's errors, and how each reaches the client: a status code and
//! a JSON body (`wire::ErrorBody`) that the runner matches on and a person
//! can read. Nothing is stored when a request fails.
//!
//! | what went wrong                                    | status | `error`            |
//! |----------------------------------------------------|--------|--------------------|
//! | the body is not JSON                               | 400    | `malformed_json`   |
//! | the join code is missing or wrong                  | 403    | `wrong_code`       |
//! | no learner token, or not this learner's            | 401    | `unknown_learner`  |
//! | the instructor's token is missing or wrong         | 403    | `instructor_only`  |
//! | the body is over the size limit                    | 413    | `too_large`        |
//! | the body is not sent as `application/json`         | 415    | `expected_json`    |
//! | the JSON is not a join or a report (a field)       | 422    | `invalid_request`  |
//! | a name or a test name breaks a limit               | 422    | `invalid_request`  |
//! | the kata is not one of the course's                | 422    | `unknown_kata`     |
//! | an answer's question is not one of the course's    | 422    | `unknown_question` |
//! | an answer's choices are not its question's         | 422    | `invalid_request`  |
//! | an answer to a poll the room never had, or not     | 422    | `unknown_poll`     |
//! |   to that poll's question                          |        |                    |
//! | a concept check's answer in a round never opened   | 409    | `round_not_open`   |
//! | a join when the room has its cap of learners       | 429    | `room_full`        |
//! | a join past the rate for its address               | 429    | `too_many_joins`   |
//! |   (with `Retry-After`, in seconds)                 |        |                    |
//! | the database failed                                | 500    | `internal_error`   |

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::wire::{BODY_MAX, ErrorBody, Round};

#[derive(Debug)]
pub enum ApiError {
    WrongCode,
    UnknownLearner,
    InstructorOnly,
    Invalid(String),
    UnknownKata(String),
    UnknownQuestion(String),
    /// The poll, as the answer named it.
    UnknownPoll(String),
    RoundNotOpen(Round),
    /// The room has this many learners, its cap.
    RoomFull(usize),
    /// Too many joins from one address: try again in this many seconds.
    TooManyJoins(u64),
    Body(JsonRejection),
    Internal(anyhow::Error),
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> ApiError {
        match rejection {
            // JSON that parses and is not the right shape is invalid, like a
            // name that is too long: the same 422 for both.
            JsonRejection::JsonDataError(error) => ApiError::Invalid(error.body_text()),
            other => ApiError::Body(other),
        }
    }
}

impl From<anyhow::Error> for ApiError {
    fn from(error: anyhow::Error) -> ApiError {
        ApiError::Internal(error)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let retry_after = match &self {
            ApiError::TooManyJoins(seconds) => Some(*seconds),
            _ => None,
        };
        let (status, error, message) = match self {
            ApiError::WrongCode => (
                StatusCode::FORBIDDEN,
                "wrong_code",
                "this is not the room's join code: check it with your instructor".to_string(),
            ),
            ApiError::UnknownLearner => (
                StatusCode::UNAUTHORIZED,
                "unknown_learner",
                "the room does not know this learner and token: `cargo kata join` again"
                    .to_string(),
            ),
            ApiError::InstructorOnly => (
                StatusCode::FORBIDDEN,
                "instructor_only",
                "this needs the instructor's token, from the link \
                 `cargo kata classroom serve` prints"
                    .to_string(),
            ),
            ApiError::Invalid(why) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid_request", why),
            ApiError::UnknownKata(kata) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "unknown_kata",
                format!("the course has no kata {kata:?}"),
            ),
            ApiError::UnknownQuestion(question) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "unknown_question",
                format!(
                    "the course has no quiz question {:?}",
                    super::wire::shorten(&question, super::wire::QUESTION_ID_MAX)
                ),
            ),
            ApiError::UnknownPoll(poll) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "unknown_poll",
                format!("the room asked no such question: {poll}"),
            ),
            ApiError::RoundNotOpen(round) => (
                StatusCode::CONFLICT,
                "round_not_open",
                format!(
                    "the instructor has not opened the concept check's {} round",
                    round.name()
                ),
            ),
            ApiError::RoomFull(max) => (
                StatusCode::TOO_MANY_REQUESTS,
                "room_full",
                format!(
                    "the room is full: it takes {max} {}; ask your instructor, who can let \
                     more in",
                    if max == 1 { "learner" } else { "learners" }
                ),
            ),
            ApiError::TooManyJoins(seconds) => (
                StatusCode::TOO_MANY_REQUESTS,
                "too_many_joins",
                format!(
                    "too many joins from your address in the last minute: try again in \
                     {seconds} seconds"
                ),
            ),
            ApiError::Body(rejection) => {
                let status = rejection.status();
                let (error, message) = match status {
                    StatusCode::PAYLOAD_TOO_LARGE => (
                        "too_large",
                        format!("the body is over the limit of {BODY_MAX} bytes"),
                    ),
                    StatusCode::UNSUPPORTED_MEDIA_TYPE => ("expected_json", rejection.body_text()),
                    _ => ("malformed_json", rejection.body_text()),
                };
                (status, error, message)
            }
            ApiError::Internal(error) => {
                // The details go to the instructor's terminal, not the client.
                anstream::eprintln!("classroom: {error:#}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal_error",
                    "the classroom server failed; its terminal says why".to_string(),
                )
            }
        };
        let mut response = (
            status,
            Json(ErrorBody {
                error: error.to_string(),
                message,
            }),
        )
            .into_response();
        if let Some(seconds) = retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}
