//! What the shop announces on its event bus.

use std::fmt;

/// An order's number, from 1, in the order the shop took them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OrderId(pub u64);

impl fmt::Display for OrderId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "order {}", self.0)
    }
}

/// One thing that happened to an order. The shop and the worker publish these
/// on the [`EventBus`](crate::bus::EventBus), each as it happens.
///
/// A paid order's events, when all goes well: `OrderPlaced`, `OrderPaid`,
/// `ConfirmationSent`, `StockCommitted`. A failed confirmation adds an
/// `AttemptFailed`; after the last attempt, `DeadLettered` ends the order's
/// story instead of `StockCommitted`. An order not paid in time ends with
/// `ReservationExpired`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrderEvent {
    /// The order was placed, and its items are held for it.
    OrderPlaced {
        order: OrderId,
        sku: String,
        quantity: u32,
    },
    /// The order was paid, and its job is on the worker's queue.
    OrderPaid { order: OrderId },
    /// The worker sent the confirmation email.
    ConfirmationSent { order: OrderId, to: String },
    /// The worker sold the held items: they left the stock for good. The last
    /// event of an order that went well.
    StockCommitted {
        order: OrderId,
        sku: String,
        quantity: u32,
    },
    /// An attempt to send the confirmation failed. If attempts are left, the
    /// worker tries again after [`RETRY_DELAY`](crate::worker::RETRY_DELAY).
    AttemptFailed {
        order: OrderId,
        attempt: u32,
        error: String,
    },
    /// The last attempt failed too: the job is on the dead-letter list, for a
    /// person to look at.
    DeadLettered { order: OrderId, attempts: u32 },
    /// The order was not paid in time: its items are back in stock.
    ReservationExpired {
        order: OrderId,
        sku: String,
        quantity: u32,
    },
}

impl OrderEvent {
    /// The order this event is about.
    pub fn order(&self) -> OrderId {
        match self {
            OrderEvent::OrderPlaced { order, .. }
            | OrderEvent::OrderPaid { order }
            | OrderEvent::ConfirmationSent { order, .. }
            | OrderEvent::StockCommitted { order, .. }
            | OrderEvent::AttemptFailed { order, .. }
            | OrderEvent::DeadLettered { order, .. }
            | OrderEvent::ReservationExpired { order, .. } => *order,
        }
    }
}
