//! Layer 3: the stock room's system, the shop's real inventory. It was built
//! by the warehouse team, on its own schedule, to the warehouse's habits.

use std::collections::HashMap;

use crate::checkout::{Inventory, OutOfStock};

/// The shelves of the stock room: how many of each product are on them.
#[derive(Debug, Clone, Default)]
pub struct Stockroom {
    shelves: HashMap<String, u32>,
}

impl Stockroom {
    pub fn new() -> Stockroom {
        Stockroom::default()
    }

    /// A stock room holding `stock`, as (sku, quantity) pairs.
    pub fn with_stock(stock: &[(&str, u32)]) -> Stockroom {
        let mut stockroom = Stockroom::new();
        for &(sku, quantity) in stock {
            stockroom.restock(sku, quantity);
        }
        stockroom
    }

    /// Puts `quantity` more of `sku` on the shelf.
    pub fn restock(&mut self, sku: &str, quantity: u32) {
        *self.shelves.entry(sku.to_string()).or_default() += quantity;
    }

    /// How many of `sku` are on the shelf and not set aside.
    pub fn available(&self, sku: &str) -> u32 {
        self.shelves.get(sku).copied().unwrap_or(0)
    }
}

impl Inventory for Stockroom {
    /// Sets aside as many of `quantity` as are on the shelf, and returns how
    /// many that is. Like most warehouse systems it allocates what it can:
    /// when the shelf holds fewer than asked, it sets aside all it has and
    /// returns that smaller number, and the caller decides what to do with a
    /// part of an order (wait for a delivery, send what there is, or give it
    /// back with [`Inventory::release`]). It fails with [`OutOfStock`] only
    /// when there is none at all.
    fn reserve(&mut self, sku: &str, quantity: u32) -> Result<u32, OutOfStock> {
        let on_shelf = self.shelves.get_mut(sku).filter(|on_shelf| **on_shelf > 0);
        let Some(on_shelf) = on_shelf else {
            return Err(OutOfStock {
                sku: sku.to_string(),
            });
        };
        let set_aside = quantity.min(*on_shelf);
        *on_shelf -= set_aside;
        Ok(set_aside)
    }

    fn release(&mut self, sku: &str, quantity: u32) {
        self.restock(sku, quantity);
    }
}
