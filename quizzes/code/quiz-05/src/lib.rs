//! Chapter 5's quiz: the shop's returns, in three layers.
//!
//! 1. the top, `ReturnsApi`: what a `POST /returns` handler would do, a
//!    status code and a message;
//! 2. the middle, `ReturnsService`, the target layer: it records the return,
//!    refunds the card and prints the return label, and undoes the record
//!    when the refund can't be made;
//! 3. the bottom, three real parts behind the traits of `contract`: the
//!    `OrderBook`, a card provider's `CardSandbox`, and a `LabelPrinter` that
//!    reads the order book.
//!
//! The tests in `tests/it/` come from above, from below and all real; the
//! quiz's broken versions (`broken/*.patch`) change a line or two each.

pub mod api;
pub mod contract;
pub mod parts;
pub mod service;

use std::ops::Mul;

/// An amount in cents: `Cents(2500)` is 25.00.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cents(pub u64);

impl Mul<u32> for Cents {
    type Output = Cents;
    fn mul(self, quantity: u32) -> Cents {
        Cents(self.0 * u64::from(quantity))
    }
}
