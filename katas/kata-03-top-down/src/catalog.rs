//! The products the shop sells, and their prices. Plain data that the
//! checkout reads: it is not a layer of its own, so it is never stubbed.

use std::collections::HashMap;

use crate::money::Cents;

#[derive(Debug, Clone, Default)]
pub struct Catalog {
    prices: HashMap<String, Cents>,
}

impl Catalog {
    pub fn new() -> Catalog {
        Catalog::default()
    }

    /// Adds a product, or changes its price.
    pub fn add(&mut self, sku: &str, price: Cents) {
        self.prices.insert(sku.to_string(), price);
    }

    pub fn price(&self, sku: &str) -> Option<Cents> {
        self.prices.get(sku).copied()
    }
}

impl<'a> FromIterator<(&'a str, Cents)> for Catalog {
    fn from_iter<T: IntoIterator<Item = (&'a str, Cents)>>(products: T) -> Catalog {
        let mut catalog = Catalog::new();
        for (sku, price) in products {
            catalog.add(sku, price);
        }
        catalog
    }
}
