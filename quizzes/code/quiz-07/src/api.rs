//! The router and its handlers.

use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};

use crate::error::ApiError;
use crate::products::{Catalog, Product};

/// The whole API, as a function of the catalog it serves.
pub fn app(catalog: Catalog) -> Router {
    Router::new()
        .route("/products", post(create))
        .route("/products/{sku}", get(read))
        .with_state(catalog)
}

// ANCHOR: create
async fn create(
    State(catalog): State<Catalog>,
    body: Result<Json<Product>, JsonRejection>,
) -> Result<impl IntoResponse, ApiError> {
    let Json(product) = body.map_err(ApiError::Unreadable)?;
    product.validate().map_err(ApiError::InvalidProduct)?;
    if !catalog.add(product.clone()) {
        return Err(ApiError::SkuTaken(product.sku));
    }
    let location = format!("/products/{}", product.sku);
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(product),
    ))
}
// ANCHOR_END: create

async fn read(
    State(catalog): State<Catalog>,
    Path(sku): Path<String>,
) -> Result<Json<Product>, ApiError> {
    catalog
        .get(&sku)
        .map(Json)
        .ok_or(ApiError::ProductNotFound(sku))
}
