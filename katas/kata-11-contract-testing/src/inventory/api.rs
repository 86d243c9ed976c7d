//! The routes of the inventory API.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Map, Value, json};

use super::{Inventory, Release, ReserveError, Shelf};

/// What the handlers share: the shelves, and which release to answer as.
#[derive(Debug, Clone)]
struct Api {
    inventory: Inventory,
    release: Release,
}

/// The inventory API over `inventory`, answering as `release` does.
pub fn router(inventory: Inventory, release: Release) -> Router {
    Router::new()
        .route("/stock/{sku}", get(stock))
        .route("/reservations", post(reserve))
        .with_state(Api { inventory, release })
}

async fn stock(State(api): State<Api>, Path(sku): Path<String>) -> Response {
    match api.inventory.shelf(&sku) {
        Some(shelf) => Json(stock_answer(api.release, &sku, &shelf)).into_response(),
        None => unknown_sku(&sku),
    }
}

/// The body of a stock answer. Built field by field rather than derived from
/// a struct, because the releases disagree on the fields' names.
fn stock_answer(release: Release, sku: &str, shelf: &Shelf) -> Value {
    let mut answer = Map::new();
    answer.insert("sku".into(), json!(sku));
    answer.insert(release.available_field().into(), json!(shelf.available));
    answer.insert("status".into(), json!(release.status_of(shelf)));
    if let Some(date) = &shelf.restock_date {
        answer.insert("restock_date".into(), json!(date));
    }
    if let Some(warehouse) = release.warehouse() {
        answer.insert("warehouse".into(), json!(warehouse));
    }
    Value::Object(answer)
}

/// The body of `POST /reservations`.
#[derive(Debug, Deserialize)]
struct ReservationRequest {
    sku: String,
    quantity: u32,
}

// A body that is not a `ReservationRequest` gets axum's own answer, in plain
// text: the storefront never sends one, so the contract says nothing of it.
async fn reserve(State(api): State<Api>, Json(request): Json<ReservationRequest>) -> Response {
    if request.quantity == 0 {
        let body = json!({
            "error": "invalid_quantity",
            "message": "a reservation is for one item or more",
        });
        return (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response();
    }
    match api.inventory.reserve(&request.sku, request.quantity) {
        Ok(reservation) => {
            let body = json!({
                "reservation": reservation,
                "sku": request.sku,
                "quantity": request.quantity,
            });
            (StatusCode::CREATED, Json(body)).into_response()
        }
        Err(ReserveError::UnknownSku) => unknown_sku(&request.sku),
        Err(ReserveError::NotEnough { available }) => {
            let body = json!({
                "error": "insufficient_stock",
                "available": available,
                "message": format!("only {available} of {} left", request.sku),
            });
            (api.release.shortage_status(), Json(body)).into_response()
        }
    }
}

fn unknown_sku(sku: &str) -> Response {
    let body = json!({
        "error": "unknown_sku",
        "message": format!("the inventory has no product {sku}"),
    });
    (StatusCode::NOT_FOUND, Json(body)).into_response()
}
