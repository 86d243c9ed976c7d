//! The routes, and what each one answers. Tests call [`app`] in-process,
//! with `oneshot`: the router is the whole server.

use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};

use crate::clock::Timestamp;
use crate::error::ApiError;
use crate::orders::{NewOrder, Order};
use crate::packing_slip::packing_slip;
use crate::receipt::receipt;
use crate::store::Store;
use crate::views::{OrderView, ShipmentView};

/// The shop's order API, on the database behind `store`.
pub fn app(store: Store) -> Router {
    Router::new()
        .route("/orders", post(place_order))
        .route("/orders/{id}", get(read_order))
        .route("/orders/{id}/receipt", get(read_receipt))
        .route("/orders/{id}/packing-slip", get(read_packing_slip))
        .route("/orders/{id}/shipments", post(ship_order))
        .with_state(store)
}

/// `POST /orders`: 201 with the order, and where to read it.
async fn place_order(
    State(store): State<Store>,
    body: Result<Json<NewOrder>, JsonRejection>,
) -> Result<impl IntoResponse, ApiError> {
    let Json(new_order) = body?;
    let (customer, lines) = new_order.price()?;
    let order = store.place(&customer, lines)?;
    let location = format!("/orders/{}", order.public_id);
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(OrderView::from(&order)),
    ))
}

/// `GET /orders/{id}`: 200 with the order, or 404.
async fn read_order(
    State(store): State<Store>,
    Path(id): Path<String>,
) -> Result<Json<OrderView>, ApiError> {
    Ok(Json(OrderView::from(&find(&store, id)?)))
}

/// `GET /orders/{id}/receipt`: 200 with the receipt as plain text, or 404.
async fn read_receipt(
    State(store): State<Store>,
    Path(id): Path<String>,
) -> Result<String, ApiError> {
    Ok(receipt(&find(&store, id)?))
}

/// `GET /orders/{id}/packing-slip`: 200 with the packing slip as plain
/// text, printed now, or 404.
async fn read_packing_slip(
    State(store): State<Store>,
    Path(id): Path<String>,
) -> Result<String, ApiError> {
    Ok(packing_slip(&find(&store, id)?, Timestamp::now()))
}

/// `POST /orders/{id}/shipments`: 201 with the shipment, or 404.
async fn ship_order(
    State(store): State<Store>,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let order = find(&store, id)?;
    let shipment = store.ship(&order)?;
    Ok((StatusCode::CREATED, Json(ShipmentView::from(&shipment))))
}

fn find(store: &Store, id: String) -> Result<Order, ApiError> {
    store.find(&id)?.ok_or(ApiError::OrderNotFound(id))
}
