//! The HTTP routes, and the state they share.

use std::io;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, PoisonError};

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

use crate::store::Store;

/// What the routes share. The store is missing until the service is ready: a
/// request that comes in while it warms up is answered 503, not queued.
#[derive(Debug, Default, Clone)]
pub struct AppState {
    store: Arc<OnceLock<Mutex<Store>>>,
}

impl AppState {
    /// Hands the loaded store to the routes: from now on the service is ready.
    pub fn ready(&self, store: Store) {
        // `main` calls this once; a second store would be a bug there.
        assert!(
            self.store.set(Mutex::new(store)).is_ok(),
            "the service was made ready twice"
        );
    }

    fn store(&self) -> Result<MutexGuard<'_, Store>, ApiError> {
        let store = self.store.get().ok_or(ApiError::WarmingUp)?;
        // A panic while the lock was held cannot leave the store half-changed
        // (`Store::set` undoes what it could not save), so a poisoned lock is
        // still safe to use.
        Ok(store.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

/// One stock record, as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StockRecord {
    pub sku: String,
    pub quantity: u32,
}

/// The body of `PUT /stock/{sku}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetQuantity {
    pub quantity: u32,
}

/// Why a request was not answered 200.
#[derive(Debug)]
pub enum ApiError {
    WarmingUp,
    NoRecord(String),
    CannotSave(io::Error),
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match self {
            ApiError::WarmingUp => (StatusCode::SERVICE_UNAVAILABLE, "warming up").into_response(),
            ApiError::NoRecord(sku) => {
                (StatusCode::NOT_FOUND, format!("no stock record for {sku}")).into_response()
            }
            ApiError::CannotSave(error) => {
                let message = format!("cannot save the stock: {error}");
                eprintln!("stock-service: {message}");
                (StatusCode::INTERNAL_SERVER_ERROR, message).into_response()
            }
        }
    }
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/health", get(health))
        .route("/stock", get(all_stock))
        .route("/stock/{sku}", get(one_record).put(set_quantity))
        .with_state(state)
}

async fn health(State(state): State<AppState>) -> Result<&'static str, ApiError> {
    state.store().map(|_| "ok")
}

async fn all_stock(State(state): State<AppState>) -> Result<Json<Vec<StockRecord>>, ApiError> {
    let store = state.store()?;
    let records = store
        .all()
        .map(|(sku, quantity)| StockRecord {
            sku: sku.to_string(),
            quantity,
        })
        .collect();
    Ok(Json(records))
}

async fn one_record(
    State(state): State<AppState>,
    Path(sku): Path<String>,
) -> Result<Json<StockRecord>, ApiError> {
    let quantity = state.store()?.quantity(&sku);
    match quantity {
        Some(quantity) => Ok(Json(StockRecord { sku, quantity })),
        None => Err(ApiError::NoRecord(sku)),
    }
}

async fn set_quantity(
    State(state): State<AppState>,
    Path(sku): Path<String>,
    Json(body): Json<SetQuantity>,
) -> Result<Json<StockRecord>, ApiError> {
    state
        .store()?
        .set(&sku, body.quantity)
        .map_err(ApiError::CannotSave)?;
    Ok(Json(StockRecord {
        sku,
        quantity: body.quantity,
    }))
}
