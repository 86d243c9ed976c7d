//! The shop's orders.

use crate::clock::UnixTime;
use crate::customers::CustomerId;
use crate::money::Cents;
use crate::payments::PaymentId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct OrderId(pub i64);

/// An order the shop has not stored yet: what checkout hands to the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOrder {
    pub customer: CustomerId,
    pub total: Cents,
    /// When it was placed, as the shop's clock said.
    pub placed_at: UnixTime,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderStatus {
    /// Stored, and the card not charged yet (or the gateway could not be
    /// reached: the order waits for another try).
    AwaitingPayment,
    Paid,
    /// The card was declined. The order is kept, so that the customer can
    /// see what happened and support can answer questions about it.
    PaymentDeclined,
}

/// A stored order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    pub id: OrderId,
    pub customer: CustomerId,
    pub total: Cents,
    pub placed_at: UnixTime,
    pub status: OrderStatus,
    /// The gateway's id for the payment, once the order is paid: what a
    /// refund will need.
    pub payment: Option<PaymentId>,
}

impl Order {
    /// `new`, as stored under `id`: awaiting payment.
    pub fn new(id: OrderId, new: &NewOrder) -> Order {
        Order {
            id,
            customer: new.customer,
            total: new.total,
            placed_at: new.placed_at,
            status: OrderStatus::AwaitingPayment,
            payment: None,
        }
    }
}
