//! The HTTP client the storefront calls the inventory API with.

use std::error::Error;
use std::fmt;
use std::time::Duration;

use reqwest::StatusCode;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::json;

use super::{Reservation, StockLevel};

/// What can go wrong when the storefront asks the inventory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InventoryError {
    /// The inventory does not carry this product.
    UnknownSku(String),
    /// A reservation asked for more than is left.
    NotEnoughStock { sku: String, available: u32 },
    /// The API answered with a status this client has no meaning for.
    UnexpectedStatus { status: u16, body: String },
    /// The API answered as expected, but with a body this client cannot
    /// read. `error` is serde's message, which names the field.
    UnreadableBody { status: u16, error: String },
    /// No answer at all: nothing listens there, or it took too long.
    Unreachable(String),
}

impl fmt::Display for InventoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InventoryError::UnknownSku(sku) => write!(f, "the inventory has no product {sku}"),
            InventoryError::NotEnoughStock { sku, available } => {
                write!(f, "only {available} of {sku} left")
            }
            InventoryError::UnexpectedStatus { status, body } => {
                write!(f, "the inventory answered {status}: {body}")
            }
            InventoryError::UnreadableBody { status, error } => {
                write!(f, "cannot read the inventory's {status} answer: {error}")
            }
            InventoryError::Unreachable(error) => write!(f, "cannot reach the inventory: {error}"),
        }
    }
}

impl Error for InventoryError {}

/// The error body of the inventory API; the client reads only its code.
#[derive(Debug, Deserialize)]
struct ErrorBody {
    error: String,
}

/// The body of a 409 answer to a reservation.
#[derive(Debug, Deserialize)]
struct Shortage {
    available: u32,
}

/// The storefront's client of the inventory API.
#[derive(Debug, Clone)]
pub struct InventoryClient {
    base_url: String,
    http: reqwest::Client,
}

impl InventoryClient {
    /// A client of the inventory API at `base_url`, such as
    /// `http://127.0.0.1:41237`.
    pub fn new(base_url: impl Into<String>) -> InventoryClient {
        let http = reqwest::Client::builder()
            // A proxy set in the environment has no business seeing calls
            // between two services of the shop.
            .no_proxy()
            .timeout(Duration::from_secs(5))
            .build()
            .expect("a client without TLS always builds");
        InventoryClient {
            base_url: base_url.into().trim_end_matches('/').to_string(),
            http,
        }
    }

    /// How much of `sku` is left: `GET /stock/{sku}`.
    pub async fn stock(&self, sku: &str) -> Result<StockLevel, InventoryError> {
        let request = self.http.get(format!("{}/stock/{sku}", self.base_url));
        let (status, body) = send(request).await?;
        match status {
            StatusCode::OK => read(status, &body),
            StatusCode::NOT_FOUND => Err(not_found(sku, status, body)),
            _ => Err(unexpected(status, body)),
        }
    }

    /// Holds `quantity` items of `sku` for a basket: `POST /reservations`.
    pub async fn reserve(&self, sku: &str, quantity: u32) -> Result<Reservation, InventoryError> {
        let request = self
            .http
            .post(format!("{}/reservations", self.base_url))
            .json(&json!({ "sku": sku, "quantity": quantity }));
        let (status, body) = send(request).await?;
        match status {
            StatusCode::CREATED => read(status, &body),
            StatusCode::CONFLICT => {
                let shortage: Shortage = read(status, &body)?;
                Err(InventoryError::NotEnoughStock {
                    sku: sku.to_string(),
                    available: shortage.available,
                })
            }
            _ => Err(unexpected(status, body)),
        }
    }
}

async fn send(request: reqwest::RequestBuilder) -> Result<(StatusCode, String), InventoryError> {
    let unreachable = |error: reqwest::Error| InventoryError::Unreachable(error.to_string());
    let response = request.send().await.map_err(unreachable)?;
    let status = response.status();
    let body = response.text().await.map_err(unreachable)?;
    Ok((status, body))
}

fn read<T: DeserializeOwned>(status: StatusCode, body: &str) -> Result<T, InventoryError> {
    serde_json::from_str(body).map_err(|error| InventoryError::UnreadableBody {
        status: status.as_u16(),
        error: error.to_string(),
    })
}

/// A 404 means "no such product" only when the body says so: a 404 from a
/// wrong URL is a bug, not an answer.
fn not_found(sku: &str, status: StatusCode, body: String) -> InventoryError {
    match serde_json::from_str::<ErrorBody>(&body) {
        Ok(error) if error.error == "unknown_sku" => InventoryError::UnknownSku(sku.to_string()),
        _ => unexpected(status, body),
    }
}

fn unexpected(status: StatusCode, body: String) -> InventoryError {
    InventoryError::UnexpectedStatus {
        status: status.as_u16(),
        body,
    }
}
