//! Telling customers what happened to their order: a boundary of the shop.
//! The shop hands each notification to a [`Notifier`]; this crate ships
//! [`Outbox`], which keeps them in memory where a test can read them, as
//! a mail catcher would.

use std::sync::{Arc, Mutex, PoisonError};

use serde::{Deserialize, Serialize};

/// What a notification tells the customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The payment went through: the order is confirmed.
    OrderConfirmed,
    /// The order is on its way.
    OrderShipped,
    /// The money is on its way back.
    OrderRefunded,
}

// ANCHOR: notification
/// One message to one customer about one order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notification {
    /// The customer's email address.
    pub to: String,
    pub order: i64,
    pub kind: Kind,
}
// ANCHOR_END: notification

/// What the shop needs from whatever delivers its messages.
pub trait Notifier: Send + Sync {
    /// Queues `notification` for delivery. Delivery is the notifier's job:
    /// the shop doesn't wait for it.
    fn send(&self, notification: Notification);
}

/// Notifications kept in memory, in the order they were sent. Clones share
/// them: give one to the shop and keep another to read what it sent.
#[derive(Clone, Default)]
pub struct Outbox {
    sent: Arc<Mutex<Vec<Notification>>>,
}

impl Outbox {
    pub fn new() -> Outbox {
        Outbox::default()
    }

    /// Everything sent so far, oldest first.
    pub fn sent(&self) -> Vec<Notification> {
        self.sent
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

impl Notifier for Outbox {
    fn send(&self, notification: Notification) {
        self.sent
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(notification);
    }
}
