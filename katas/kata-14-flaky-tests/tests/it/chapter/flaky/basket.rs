//! An order that was never promised: a basket's lines, and the skus in it.

use std::collections::HashMap;

// ANCHOR: basket
/// A basket. Its lines are in a `HashMap`, so that adding a sku that is
/// already in it takes one lookup.
#[derive(Default)]
pub struct Basket {
    lines: HashMap<String, u32>,
}

impl Basket {
    pub fn add(&mut self, sku: &str, quantity: u32) {
        *self.lines.entry(sku.to_string()).or_default() += quantity;
    }

    /// The lines, in the order their skus were first added: the order in
    /// which the checkout page lists them.
    pub fn lines(&self) -> Vec<(String, u32)> {
        let lines = self.lines.iter();
        lines
            .map(|(sku, &quantity)| (sku.clone(), quantity))
            .collect()
    }

    /// The skus in the basket, in no particular order.
    pub fn skus(&self) -> Vec<String> {
        self.lines.keys().cloned().collect()
    }
}
// ANCHOR_END: basket

// ANCHOR: tests
pub fn lines_come_in_the_order_they_were_added() {
    let mut basket = Basket::default();
    for sku in ["TEA", "MUG", "KETTLE", "CUP", "SPOON", "JAR"] {
        basket.add(sku, 1);
    }
    basket.add("MUG", 1);

    assert_eq!(
        basket.lines(),
        lines(&[
            ("TEA", 1),
            ("MUG", 2),
            ("KETTLE", 1),
            ("CUP", 1),
            ("SPOON", 1),
            ("JAR", 1)
        ])
    );
}

pub fn the_basket_knows_which_skus_it_holds() {
    let mut basket = Basket::default();
    for sku in ["TEA", "MUG", "KETTLE", "CUP", "SPOON", "JAR"] {
        basket.add(sku, 1);
    }

    assert_eq!(
        basket.skus(),
        ["TEA", "MUG", "KETTLE", "CUP", "SPOON", "JAR"]
    );
}
// ANCHOR_END: tests

/// `[("MUG", 2)]` as the basket's lines.
pub fn lines(lines: &[(&str, u32)]) -> Vec<(String, u32)> {
    lines
        .iter()
        .map(|&(sku, quantity)| (sku.to_string(), quantity))
        .collect()
}
