//! An order, and the rules of its life.

use crate::Cents;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Placed,
    Ready,
    Collected,
    Canceled,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Pack,
    Collect,
    Cancel,
}

impl Status {
    // ANCHOR: transitions
    /// The status after `action`, or `None` when the rules refuse it.
    pub fn after(self, action: Action) -> Option<Status> {
        match (self, action) {
            (Status::Placed, Action::Pack) => Some(Status::Ready),
            (Status::Ready, Action::Collect) => Some(Status::Collected),
            (Status::Placed | Status::Ready, Action::Cancel) => Some(Status::Canceled),
            _ => None,
        }
    }
    // ANCHOR_END: transitions
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub sku: String,
    pub quantity: u32,
    /// The price of one, when the order was placed.
    pub price: Cents,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    pub id: u32,
    pub customer: String,
    pub lines: Vec<Line>,
    pub total: Cents,
    pub status: Status,
}

// ANCHOR: total
/// What the lines cost together.
pub fn total(lines: &[Line]) -> Cents {
    Cents(
        lines
            .iter()
            .map(|line| line.price.0 * u64::from(line.quantity))
            .sum(),
    )
}
// ANCHOR_END: total
