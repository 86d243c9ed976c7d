//! What the carrier's API sends and expects: its JSON, as Rust types.

use serde::{Deserialize, Serialize};

/// A parcel the shop wants a price for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parcel {
    pub weight_grams: u32,
    /// The postcode it goes to.
    pub to: String,
}

/// One way to ship a parcel, as the carrier quotes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rate {
    /// The carrier's name for the service: "standard", "express", ...
    pub service: String,
    pub price_cents: u32,
    /// Working days until delivery.
    pub days: u32,
}

/// The body of a 200 answer to `GET /v1/rates`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RatesAnswer {
    pub rates: Vec<Rate>,
}

/// The body of `POST /v1/shipments`: ship this order's parcel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Booking {
    /// The shop's order number.
    pub order: String,
    /// One of the services the carrier quoted.
    pub service: String,
    pub weight_grams: u32,
    pub to: String,
}

/// The body of a 201 answer to `POST /v1/shipments`: the shipment the
/// carrier booked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shipment {
    pub id: String,
    pub tracking_number: String,
}

/// The body of a refusal (a 4xx answer).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal {
    /// For programs: "unknown_postcode", "too_heavy", ...
    pub code: String,
    /// For people.
    pub message: String,
}
