//! What a customer is about to buy.

use crate::money::Cents;

/// One line of a cart: a product, its price, how many.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub sku: String,
    pub unit_price: Cents,
    pub quantity: u32,
}

impl Line {
    pub fn new(sku: &str, unit_price: Cents, quantity: u32) -> Line {
        Line {
            sku: sku.to_string(),
            unit_price,
            quantity,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Cart {
    pub lines: Vec<Line>,
}

impl Cart {
    pub fn new(lines: Vec<Line>) -> Cart {
        Cart { lines }
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// What the cart costs: each line's unit price times its quantity.
    pub fn total(&self) -> Cents {
        self.lines
            .iter()
            .map(|line| line.unit_price * line.quantity)
            .sum()
    }
}
