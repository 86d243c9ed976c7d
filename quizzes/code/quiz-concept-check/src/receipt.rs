//! The shop's side: the receipt it sends to its app, as JSON.

use serde::{Deserialize, Serialize};

// ANCHOR: receipt
/// What the shop sends once an order is paid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    pub order: u32,
    pub total_cents: u64,
}
// ANCHOR_END: receipt

/// The receipt as the shop sends it.
pub fn to_json(receipt: &Receipt) -> String {
    serde_json::to_string(receipt).expect("a receipt is always JSON")
}
