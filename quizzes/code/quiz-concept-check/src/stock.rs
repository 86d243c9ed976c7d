//! The stock, as the basket asks it, and the warehouse that keeps it.

use std::collections::HashMap;

/// What the basket needs of a stock.
pub trait Stock {
    /// Items on the shelf; `None` for a product the shop does not sell.
    fn available(&self, sku: &str) -> Option<u32>;
}

/// The real stock: counts per product, as deliveries and orders leave them.
#[derive(Debug, Default)]
pub struct Warehouse {
    shelves: HashMap<String, u32>,
}

impl Warehouse {
    /// A delivery: `quantity` more of `sku` on the shelf.
    pub fn receive(&mut self, sku: &str, quantity: u32) {
        *self.shelves.entry(sku.to_owned()).or_default() += quantity;
    }
}

impl Stock for Warehouse {
    fn available(&self, sku: &str) -> Option<u32> {
        self.shelves.get(sku).copied()
    }
}
