//! The two systems at the shop's edges, as in-process stand-ins that keep a
//! record a test can read: the card provider's sandbox, and an outbox. A
//! clone shares the record, so the shop writes to one and the test reads the
//! other.

use std::cell::RefCell;
use std::rc::Rc;

use crate::Cents;

#[derive(Debug, Default)]
struct Ledger {
    charges: Vec<(u32, Cents)>,
    refunds: Vec<(u32, Cents)>,
}

/// The card provider's test mode: every charge and refund, by order.
#[derive(Debug, Clone, Default)]
pub struct Sandbox(Rc<RefCell<Ledger>>);

impl Sandbox {
    pub fn charge(&self, order: u32, amount: Cents) {
        self.0.borrow_mut().charges.push((order, amount));
    }

    pub fn refund(&self, order: u32, amount: Cents) {
        self.0.borrow_mut().refunds.push((order, amount));
    }

    pub fn charges(&self) -> Vec<(u32, Cents)> {
        self.0.borrow().charges.clone()
    }

    pub fn refunds(&self) -> Vec<(u32, Cents)> {
        self.0.borrow().refunds.clone()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    ReadyForPickup,
    Canceled,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub to: String,
    pub order: u32,
    pub kind: Kind,
}

/// Every message the shop sent, in order.
#[derive(Debug, Clone, Default)]
pub struct Outbox(Rc<RefCell<Vec<Notification>>>);

impl Outbox {
    pub fn send(&self, notification: Notification) {
        self.0.borrow_mut().push(notification);
    }

    pub fn sent(&self) -> Vec<Notification> {
        self.0.borrow().clone()
    }
}
