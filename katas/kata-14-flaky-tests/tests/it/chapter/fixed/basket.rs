//! An order that was never promised, fixed: the basket keeps the order it
//! promises, and the test of the skus compares them as the set they are.

use std::collections::BTreeSet;

use crate::chapter::flaky::basket::{Basket as HashMapBasket, lines};

// ANCHOR: basket
/// A basket. Its lines are in a `Vec`, in the order their skus came: a
/// basket holds a handful of lines, and a look along them costs nothing.
#[derive(Default)]
pub struct Basket {
    lines: Vec<(String, u32)>,
}

impl Basket {
    pub fn add(&mut self, sku: &str, quantity: u32) {
        match self.lines.iter_mut().find(|(line, _)| line == sku) {
            Some((_, count)) => *count += quantity,
            None => self.lines.push((sku.to_string(), quantity)),
        }
    }

    /// The lines, in the order their skus were first added: the order in
    /// which the checkout page lists them.
    pub fn lines(&self) -> Vec<(String, u32)> {
        self.lines.clone()
    }
}
// ANCHOR_END: basket

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

// ANCHOR: skus
pub fn the_basket_knows_which_skus_it_holds() {
    // The first basket, whose `HashMap` gives its skus in any order.
    let mut basket = HashMapBasket::default();
    for sku in ["TEA", "MUG", "KETTLE", "CUP", "SPOON", "JAR"] {
        basket.add(sku, 1);
    }

    // Which skus, not in which order: `skus` promises none.
    let skus: BTreeSet<String> = basket.skus().into_iter().collect();
    assert_eq!(
        skus,
        BTreeSet::from(["TEA", "MUG", "KETTLE", "CUP", "SPOON", "JAR"].map(String::from))
    );
}
// ANCHOR_END: skus
