//! What every phase shares: the products, their prices, the stock the shop
//! starts with, and order requests that are easy to read.

use kata_03::catalog::Catalog;
use kata_03::controller::{OrderLine, OrderRequest};
use kata_03::money::Cents;

pub const MUG: &str = "MUG";
pub const KEYBOARD: &str = "KEYBOARD";
pub const MUG_PRICE: Cents = Cents(617);
pub const KEYBOARD_PRICE: Cents = Cents(4900);
pub const MUGS_IN_STOCK: u32 = 5;
pub const KEYBOARDS_IN_STOCK: u32 = 2;

/// The stock every phase starts from, on a stub's shelf or the real one.
pub const STOCK: [(&str, u32); 2] = [(MUG, MUGS_IN_STOCK), (KEYBOARD, KEYBOARDS_IN_STOCK)];

/// The card provider's sandbox approves this card.
pub const GOOD_CARD: &str = "4242 4242 4242 4242";

/// Mugs at 6.17 and keyboards at 49.00.
pub fn catalog() -> Catalog {
    [(MUG, MUG_PRICE), (KEYBOARD, KEYBOARD_PRICE)]
        .into_iter()
        .collect()
}

/// An order request paid with `card`, for (sku, quantity) `lines`.
pub fn order(card: &str, lines: &[(&str, u32)]) -> OrderRequest {
    OrderRequest {
        card: card.to_string(),
        lines: lines
            .iter()
            .map(|&(sku, quantity)| line(sku, quantity))
            .collect(),
    }
}

pub fn line(sku: &str, quantity: u32) -> OrderLine {
    OrderLine {
        sku: sku.to_string(),
        quantity,
    }
}
