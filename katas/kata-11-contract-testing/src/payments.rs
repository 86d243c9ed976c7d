//! The payments API, cut down to the one route that the worked example
//! needs (`tests/it/worked_example.rs`): another pair of the shop's services,
//! the order service and the payments API, to show the technique on.
//!
//! `POST /charges` with `{"order", "amount_cents", "card"}`: 201 and the
//! charge, or 402 and why, for the test card that the bank always declines.

use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use serde_json::{Value, json};

/// The card number that the bank declines, whatever the amount.
pub const DECLINED_CARD: &str = "4000-0000-0000-0002";

// ANCHOR: payments_api
/// The payments API.
pub fn router() -> Router {
    Router::new().route("/charges", post(charge))
}

async fn charge(Json(charge): Json<Value>) -> (StatusCode, Json<Value>) {
    if charge["card"] == DECLINED_CARD {
        let declined = json!({ "error": "card_declined", "decline_code": "insufficient_funds" });
        return (StatusCode::PAYMENT_REQUIRED, Json(declined));
    }
    let charged = json!({ "charge": "ch_1", "amount_cents": charge["amount_cents"] });
    (StatusCode::CREATED, Json(charged))
}
// ANCHOR_END: payments_api
