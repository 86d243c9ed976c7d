//! The products the shop sells, and their prices.

use std::collections::HashMap;

use crate::money::Cents;

#[derive(Debug, Default)]
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_the_price_of_what_it_sells() {
        let mut catalog = Catalog::new();
        catalog.add("MUG", Cents(617));
        assert_eq!(catalog.price("MUG"), Some(Cents(617)));
        assert_eq!(catalog.price("TEAPOT"), None);
    }
}
