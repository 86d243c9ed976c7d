//! What a cart or an order costs: the same rule for both, so that the
//! total a customer sees in the cart is the total the order charges.

use serde::{Deserialize, Serialize};

use crate::money::Cents;

/// The three amounts of a cart or an order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    /// The lines added up: unit price times quantity, for each line.
    pub subtotal: Cents,
    /// What the coupon takes off the subtotal.
    pub discount: Cents,
    /// What the customer pays: the subtotal less the discount.
    pub total: Cents,
}

impl Totals {
    /// The totals of lines given as (unit price, quantity), with
    /// `percent_off` per cent off the subtotal (0 without a coupon).
    pub fn of(lines: impl IntoIterator<Item = (Cents, u32)>, percent_off: u32) -> Totals {
        let subtotal: Cents = lines
            .into_iter()
            .map(|(unit_price, quantity)| unit_price * quantity)
            .sum();
        let discount = subtotal.percent(percent_off);
        Totals {
            subtotal,
            discount,
            total: subtotal - discount,
        }
    }
}
