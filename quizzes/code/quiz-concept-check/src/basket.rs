//! Whether an order can be taken, given the stock.

use crate::stock::Stock;

#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The shop does not sell it.
    Unknown,
    /// Not enough on the shelf: how many there are.
    Short { available: u32 },
}

// ANCHOR: can_order
/// Takes an order for `quantity` of `sku` when the stock has that many.
pub fn can_order(stock: &impl Stock, sku: &str, quantity: u32) -> Result<(), Refusal> {
    match stock.available(sku) {
        None => Err(Refusal::Unknown),
        Some(available) if available < quantity => Err(Refusal::Short { available }),
        Some(_) => Ok(()),
    }
}
// ANCHOR_END: can_order
