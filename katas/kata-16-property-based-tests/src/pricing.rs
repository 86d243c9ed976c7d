//! What a cart or an order costs, and what giving items back is worth.

use crate::money::Cents;

/// The three amounts of a cart or an order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
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
    /// `percent_off` per cent off the subtotal.
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

// ANCHOR: refund
/// What giving items back is worth: the total of what was left in the
/// order before, less the total of what is left after, both with the
/// order's own percentage off. Refunds worked out this way add up, item by
/// item, to exactly what was paid: never a cent more.
pub fn refund(left_before: Totals, left_after: Totals) -> Cents {
    left_before.total - left_after.total
}
// ANCHOR_END: refund
