//! The contract between the target layer and the parts below it. Both halves
//! of the sandwich are written against these traits and their doc comments.

use crate::Cents;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReturnError {
    UnknownOrder(u32),
    UnknownProduct(String),
    MoreThanBought(String),
    RefundUnavailable,
}

/// The card provider could not be reached; nothing was paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unavailable;

/// A return label: the products coming back, with their quantities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub order_id: u32,
    pub lines: Vec<(String, u32)>,
}

// ANCHOR: traits
pub trait Orders {
    /// Records that `quantity` of `sku` came back from `order_id`, and
    /// answers the unit price that was paid. Refuses, recording nothing, a
    /// return of more than was bought (earlier returns count), or of an order
    /// or product it doesn't know.
    fn mark_returned(&self, order_id: u32, sku: &str, quantity: u32) -> Result<Cents, ReturnError>;
    /// Takes back a return that `mark_returned` recorded, as if it never was.
    fn unmark_returned(&self, order_id: u32, sku: &str, quantity: u32);
}

pub trait Refunds {
    /// Pays `amount` back to the card that paid for `order_id`. Fails when
    /// the card provider can't be reached, and then nothing was paid.
    fn refund(&self, order_id: u32, amount: Cents) -> Result<(), Unavailable>;
}

pub trait Labels {
    /// Prints the return label of `order_id`, with what the order book has
    /// recorded as returned: the return must be recorded first.
    fn print(&self, order_id: u32) -> Label;
}
// ANCHOR_END: traits
