//! The stock counts: how many of each sku are on the shelves.

use std::collections::HashMap;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inventory {
    // Looked up by sku on every sale: a hash map is the fast choice.
    counts: HashMap<String, u32>,
}

impl Inventory {
    pub fn new() -> Inventory {
        Inventory::default()
    }

    /// An inventory with these counts.
    pub fn with_counts(counts: &[(&str, u32)]) -> Inventory {
        let mut inventory = Inventory::new();
        for &(sku, count) in counts {
            inventory.set(sku, count);
        }
        inventory
    }

    pub fn set(&mut self, sku: &str, count: u32) {
        self.counts.insert(sku.to_string(), count);
    }

    // ANCHOR: iter
    /// Every sku and its count, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, u32)> {
        self.counts
            .iter()
            .map(|(sku, &count)| (sku.as_str(), count))
    }
    // ANCHOR_END: iter
}
