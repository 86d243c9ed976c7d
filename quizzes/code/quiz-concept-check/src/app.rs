//! The app's side: the receipt as the app reads it, with its own type
//! (the app is built and shipped on its own).

use serde::Deserialize;

/// What the app needs of a receipt.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ShownReceipt {
    pub order: u32,
    pub total_cents: u64,
}

/// Reads a receipt the shop sent.
pub fn read(json: &str) -> Result<ShownReceipt, serde_json::Error> {
    serde_json::from_str(json)
}
