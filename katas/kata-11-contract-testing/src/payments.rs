//! The payments API, cut down to the one route that the worked example
//! needs (`tests/it/worked_example.rs`): another pair of the shop's services,
//! the order service and the payments API, to show the technique on.
//!
//! `GET /charges/{id}`: 200 and what became of the charge, or 404 for a
//! charge it never made. It knows one charge, `ch_1017`, which the bank
//! declined.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Value, json};

/// The one charge this cut-down API knows: declined by the bank.
pub const DECLINED_CHARGE: &str = "ch_1017";

// ANCHOR: payments_api
/// The payments API.
pub fn router() -> Router {
    Router::new().route("/charges/{id}", get(charge))
}

async fn charge(Path(id): Path<String>) -> Result<Json<Value>, StatusCode> {
    if id != DECLINED_CHARGE {
        return Err(StatusCode::NOT_FOUND);
    }
    Ok(Json(json!({
        "charge": id,
        "status": "declined",
        "decline_code": "insufficient_funds",
        // Not in the contract: the order service doesn't read it, and the
        // schema lets the provider send it.
        "declined_at": "2030-03-02T10:15:00Z",
    })))
}
// ANCHOR_END: payments_api
