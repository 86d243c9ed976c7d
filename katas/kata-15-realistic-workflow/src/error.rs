//! How each refusal reaches the client: a status code, and a JSON body that
//! a program can match on and a person can read.
//!
//! | what went wrong                                 | status | `error`              |
//! |-------------------------------------------------|--------|----------------------|
//! | no such product, cart or order                  | 404    | `product_not_found`, `cart_not_found`, `order_not_found` |
//! | a quantity of 0                                 | 422    | `invalid_quantity`   |
//! | a coupon the shop doesn't have                  | 422    | `unknown_coupon`     |
//! | an email address that isn't one                 | 422    | `invalid_email`      |
//! | a checkout of an empty cart                     | 422    | `empty_cart`         |
//! | a change to a cart that was checked out         | 409    | `cart_closed`        |
//! | more items than the shop has for sale           | 409    | `out_of_stock`       |
//! | an action the order's status does not allow     | 409    | `invalid_transition` |
//! | the card provider declined the card             | 402    | `payment_declined`   |
//! | a body that is not JSON                         | 400    | `malformed_json`     |
//! | a body not sent as `application/json`           | 415    | `expected_json`      |
//! | JSON of the wrong shape (a missing field)       | 422    | `invalid_request`    |
//! | the database failed                             | 500    | `internal_error`     |

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use crate::shop::ShopError;

/// The body of every error response, such as
/// `{"error": "invalid_transition", "message": "a pending order can't be shipped"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// A short code that stays the same from release to release: clients
    /// (and tests) match on this.
    pub error: String,
    /// What went wrong, in words, for a person.
    pub message: String,
}

/// Everything a handler can fail with.
#[derive(Debug)]
pub enum ApiError {
    Shop(ShopError),
    /// The body could not be read as the JSON the route wants.
    Body(JsonRejection),
}

impl From<ShopError> for ApiError {
    fn from(error: ShopError) -> ApiError {
        ApiError::Shop(error)
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> ApiError {
        ApiError::Body(rejection)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, error, message) = match self {
            ApiError::Shop(error) => {
                let (status, code) = status_and_code(&error);
                if status == StatusCode::INTERNAL_SERVER_ERROR {
                    // The details mean nothing to a client, and can say too
                    // much: they stay in the server's log.
                    eprintln!("{error}");
                    (
                        status,
                        code,
                        "the shop failed to answer; please try again".to_string(),
                    )
                } else {
                    (status, code, error.to_string())
                }
            }
            ApiError::Body(rejection) => {
                let code = match rejection {
                    JsonRejection::JsonSyntaxError(_) => "malformed_json",
                    JsonRejection::MissingJsonContentType(_) => "expected_json",
                    JsonRejection::JsonDataError(_) => "invalid_request",
                    _ => "unreadable_body",
                };
                (rejection.status(), code, rejection.body_text())
            }
        };
        let body = ErrorBody {
            error: error.to_string(),
            message,
        };
        (status, Json(body)).into_response()
    }
}

fn status_and_code(error: &ShopError) -> (StatusCode, &'static str) {
    match error {
        ShopError::ProductNotFound(_) => (StatusCode::NOT_FOUND, "product_not_found"),
        ShopError::CartNotFound(_) => (StatusCode::NOT_FOUND, "cart_not_found"),
        ShopError::OrderNotFound(_) => (StatusCode::NOT_FOUND, "order_not_found"),
        ShopError::InvalidQuantity => (StatusCode::UNPROCESSABLE_ENTITY, "invalid_quantity"),
        ShopError::UnknownCoupon(_) => (StatusCode::UNPROCESSABLE_ENTITY, "unknown_coupon"),
        ShopError::InvalidEmail(_) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid_email"),
        ShopError::EmptyCart(_) => (StatusCode::UNPROCESSABLE_ENTITY, "empty_cart"),
        ShopError::CartClosed { .. } => (StatusCode::CONFLICT, "cart_closed"),
        ShopError::OutOfStock { .. } => (StatusCode::CONFLICT, "out_of_stock"),
        ShopError::Refused { .. } => (StatusCode::CONFLICT, "invalid_transition"),
        ShopError::PaymentDeclined(_) => (StatusCode::PAYMENT_REQUIRED, "payment_declined"),
        ShopError::Database(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal_error"),
    }
}
