//! What the storefront reads from the inventory, in its own types.

use serde::Deserialize;

/// A product's stock, as the storefront reads it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct StockLevel {
    pub sku: String,
    pub available: u32,
    pub status: Availability,
    /// Only when a delivery is planned.
    #[serde(default)]
    pub restock_date: Option<String>,
}

// ANCHOR: availability
/// The stock statuses the storefront knows how to show. It reads them
/// strictly: a status it does not know is an error, not a guess, because a
/// wrong badge ("In stock" for a product nobody can buy) is worse than none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Availability {
    InStock,
    LowStock,
    OutOfStock,
}
// ANCHOR_END: availability

impl StockLevel {
    /// The badge on the product's page.
    pub fn badge(&self) -> String {
        match (self.status, &self.restock_date) {
            (Availability::InStock, _) => "In stock".to_string(),
            (Availability::LowStock, _) => format!("Only {} left", self.available),
            (Availability::OutOfStock, Some(date)) => format!("Sold out, back on {date}"),
            (Availability::OutOfStock, None) => "Sold out".to_string(),
        }
    }
}

/// Items held for a basket.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Reservation {
    #[serde(rename = "reservation")]
    pub id: String,
    pub sku: String,
    pub quantity: u32,
}
