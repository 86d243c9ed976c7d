//! How each error reaches the client: a status, and a JSON body.
//!
//! | what went wrong                          | status | `error`           |
//! |------------------------------------------|--------|-------------------|
//! | no product has this sku                  | 404    | `product_not_found` |
//! | the body is not JSON                     | 400    | `malformed_json`  |
//! | another product has this sku             | 409    | `sku_taken`       |
//! | the product breaks the rule              | 422    | `invalid_product` |

use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

/// The body of every error response, such as
/// `{"error": "sku_taken", "message": "a product already has sku MUG"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// A short code that stays the same from release to release.
    pub error: String,
    /// What went wrong, for a person.
    pub message: String,
}

#[derive(Debug)]
pub enum ApiError {
    ProductNotFound(String),
    SkuTaken(String),
    InvalidProduct(String),
    Unreadable(JsonRejection),
}

// ANCHOR: into_response
impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, error, message) = match self {
            ApiError::ProductNotFound(sku) => (
                StatusCode::NOT_FOUND,
                "product_not_found",
                format!("no product has sku {sku}"),
            ),
            ApiError::SkuTaken(sku) => (
                StatusCode::CONFLICT,
                "sku_taken",
                format!("a product already has sku {sku}"),
            ),
            ApiError::InvalidProduct(message) => {
                (StatusCode::UNPROCESSABLE_ENTITY, "invalid_product", message)
            }
            ApiError::Unreadable(rejection) => {
                (rejection.status(), "malformed_json", rejection.body_text())
            }
        };
        let body = ErrorBody {
            error: error.to_string(),
            message,
        };
        let logged = serde_json::to_string(&body).expect("an ErrorBody always serializes");
        eprintln!("answering {status}: {logged}");
        (status, axum::Json(body)).into_response()
    }
}
// ANCHOR_END: into_response
