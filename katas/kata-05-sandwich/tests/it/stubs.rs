//! Stubs for the layers below the order service, for the tests from above.
//!
//! Each stub implements one trait of `kata_05::contract` with canned answers,
//! and writes down what it was asked, so that a test can check what the
//! service did. Clones share what they wrote down: a test hands one clone to
//! the service and keeps the other to look at afterwards.
//!
//! Like every stub, they accept whatever they are asked, in any order. The
//! real parts are stricter; that is what the tests from below and all real
//! are for.

use std::cell::RefCell;
use std::rc::Rc;

use kata_05::contract::{
    ChargeId, Notifier, NotifyError, Order, OrderId, OrderStore, PaymentError, Payments, Stock,
    StockError, StorageError,
};
use kata_05::money::Cents;

use crate::helpers::{KEYBOARD_PRICE, MUG_PRICE};

/// The order number `StubOrders` hands out, every time.
pub const STUB_ORDER_ID: OrderId = 41;
/// The charge id `StubPayments` answers with when it approves.
pub const STUB_CHARGE_ID: &str = "ch_stub";

// ANCHOR: stub_stock
/// Knows the price of KEYBOARD and MUG, and has as many of each as anyone
/// wants.
#[derive(Clone, Default)]
pub struct StubStock {
    reserved: Rc<RefCell<Vec<(String, u32)>>>,
    released: Rc<RefCell<Vec<(String, u32)>>>,
}

impl StubStock {
    /// Every `reserve` call, as (sku, quantity), in order.
    pub fn reserved(&self) -> Vec<(String, u32)> {
        self.reserved.borrow().clone()
    }

    /// Every `release` call, as (sku, quantity), in order.
    pub fn released(&self) -> Vec<(String, u32)> {
        self.released.borrow().clone()
    }
}

impl Stock for StubStock {
    fn price(&self, sku: &str) -> Result<Cents, StockError> {
        match sku {
            "KEYBOARD" => Ok(KEYBOARD_PRICE),
            "MUG" => Ok(MUG_PRICE),
            _ => Err(StockError::UnknownProduct(sku.to_string())),
        }
    }

    fn reserve(&self, sku: &str, quantity: u32) -> Result<(), StockError> {
        self.reserved.borrow_mut().push((sku.to_string(), quantity));
        Ok(())
    }

    fn release(&self, sku: &str, quantity: u32) -> Result<(), StockError> {
        self.released.borrow_mut().push((sku.to_string(), quantity));
        Ok(())
    }
}
// ANCHOR_END: stub_stock

/// Answers every charge the same way: approved (the default), declined, or
/// "the provider cannot be reached", which the real sandbox never says.
#[derive(Clone, Default)]
pub struct StubPayments {
    answer: Answer,
    charges: Rc<RefCell<Vec<(String, Cents, OrderId)>>>,
    refunds: Rc<RefCell<Vec<ChargeId>>>,
}

#[derive(Clone, Copy, Default)]
enum Answer {
    #[default]
    Approve,
    Decline,
    BeUnavailable,
}

impl StubPayments {
    pub fn approving() -> StubPayments {
        StubPayments::default()
    }

    pub fn declining() -> StubPayments {
        StubPayments {
            answer: Answer::Decline,
            ..StubPayments::default()
        }
    }

    pub fn unavailable() -> StubPayments {
        StubPayments {
            answer: Answer::BeUnavailable,
            ..StubPayments::default()
        }
    }

    /// Every `charge` call, as (card, amount, reference), whatever the answer.
    pub fn charges(&self) -> Vec<(String, Cents, OrderId)> {
        self.charges.borrow().clone()
    }

    /// Every `refund` call, in order.
    pub fn refunds(&self) -> Vec<ChargeId> {
        self.refunds.borrow().clone()
    }
}

impl Payments for StubPayments {
    fn charge(
        &self,
        card: &str,
        amount: Cents,
        reference: OrderId,
    ) -> Result<ChargeId, PaymentError> {
        self.charges
            .borrow_mut()
            .push((card.to_string(), amount, reference));
        match self.answer {
            Answer::Approve => Ok(ChargeId(STUB_CHARGE_ID.to_string())),
            Answer::Decline => Err(PaymentError::Declined),
            Answer::BeUnavailable => Err(PaymentError::Unavailable),
        }
    }

    fn refund(&self, charge: &ChargeId) {
        self.refunds.borrow_mut().push(charge.clone());
    }
}

/// Hands out order number `STUB_ORDER_ID` every time and keeps what it is
/// asked to save.
#[derive(Clone, Default)]
pub struct StubOrders {
    saved: Rc<RefCell<Vec<Order>>>,
}

impl StubOrders {
    /// Every order `save` was given, in order.
    pub fn saved(&self) -> Vec<Order> {
        self.saved.borrow().clone()
    }
}

impl OrderStore for StubOrders {
    fn next_id(&self) -> Result<OrderId, StorageError> {
        Ok(STUB_ORDER_ID)
    }

    fn save(&self, order: &Order) -> Result<(), StorageError> {
        self.saved.borrow_mut().push(order.clone());
        Ok(())
    }
}

/// Queues every confirmation it is asked for (the default), or none: a
/// failing stub stands for an outbox that is down.
#[derive(Clone, Default)]
pub struct StubNotifier {
    failing: bool,
    queued: Rc<RefCell<Vec<OrderId>>>,
}

impl StubNotifier {
    pub fn working() -> StubNotifier {
        StubNotifier::default()
    }

    pub fn failing() -> StubNotifier {
        StubNotifier {
            failing: true,
            ..StubNotifier::default()
        }
    }

    /// The orders whose confirmation was queued, in order. A failing stub
    /// queues nothing.
    pub fn queued(&self) -> Vec<OrderId> {
        self.queued.borrow().clone()
    }
}

impl Notifier for StubNotifier {
    fn queue_confirmation(&self, order: OrderId) -> Result<(), NotifyError> {
        if self.failing {
            return Err(NotifyError::Storage("stub: the outbox is down".to_string()));
        }
        self.queued.borrow_mut().push(order);
        Ok(())
    }
}
