//! The target layer: the returns service.

use crate::Cents;
use crate::contract::{Label, Labels, Orders, Refunds, ReturnError};

/// What a customer gets for a return: the money, and the label to stick on
/// the parcel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accepted {
    pub refunded: Cents,
    pub label: Label,
}

pub struct ReturnsService<O, R, L> {
    orders: O,
    refunds: R,
    labels: L,
}

impl<O: Orders, R: Refunds, L: Labels> ReturnsService<O, R, L> {
    pub fn new(orders: O, refunds: R, labels: L) -> ReturnsService<O, R, L> {
        ReturnsService {
            orders,
            refunds,
            labels,
        }
    }

    /// The parts below, for a test that wants to ask them afterward.
    pub fn parts(&self) -> (&O, &R, &L) {
        (&self.orders, &self.refunds, &self.labels)
    }

    // ANCHOR: accept
    pub fn accept(&self, order_id: u32, sku: &str, quantity: u32) -> Result<Accepted, ReturnError> {
        let price = self.orders.mark_returned(order_id, sku, quantity)?;
        let refunded = price * quantity;
        if self.refunds.refund(order_id, refunded).is_err() {
            // Nothing was paid, so the return must not stay recorded either.
            self.orders.unmark_returned(order_id, sku, quantity);
            return Err(ReturnError::RefundUnavailable);
        }
        let label = self.labels.print(order_id);
        Ok(Accepted { refunded, label })
    }
    // ANCHOR_END: accept
}
