//! The parts the returns desk drives. Each is a handle: its clones share one
//! state, as handles on one database or one sandbox account would.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use crate::money::Cents;

/// The shop's stock: how many of each product are on the shelves.
#[derive(Debug, Clone, Default)]
pub struct Stock(Rc<RefCell<BTreeMap<String, u32>>>);

impl Stock {
    pub fn with(shelves: &[(&str, u32)]) -> Stock {
        let stock = Stock::default();
        for (sku, on_hand) in shelves {
            stock.0.borrow_mut().insert(sku.to_string(), *on_hand);
        }
        stock
    }

    pub fn put_back(&self, sku: &str, quantity: u32) {
        *self.0.borrow_mut().entry(sku.to_string()).or_default() += quantity;
    }

    pub fn on_hand(&self, sku: &str) -> u32 {
        self.0.borrow().get(sku).copied().unwrap_or(0)
    }
}

/// The card provider's sandbox: it keeps every refund it was asked for,
/// outside the shop, where nothing the shop undoes can reach it.
#[derive(Debug, Clone, Default)]
pub struct CardProvider(Rc<RefCell<Vec<(String, Cents)>>>);

impl CardProvider {
    pub fn refund(&self, payment_id: &str, amount: Cents) {
        self.0.borrow_mut().push((payment_id.to_string(), amount));
    }

    /// Every refund so far: the payment it went back to, and how much.
    pub fn refunds(&self) -> Vec<(String, Cents)> {
        self.0.borrow().clone()
    }
}

/// One line of a return, as the ledger keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Returned {
    pub order_id: u32,
    pub sku: String,
    pub quantity: u32,
}

/// The record of what came back, which the accounts read at the end of the
/// month.
#[derive(Debug, Clone, Default)]
pub struct ReturnsLedger(Rc<RefCell<Vec<Returned>>>);

impl ReturnsLedger {
    pub fn record(&self, returned: Returned) {
        self.0.borrow_mut().push(returned);
    }

    pub fn returns_for(&self, order_id: u32) -> Vec<Returned> {
        let all = self.0.borrow();
        all.iter()
            .filter(|returned| returned.order_id == order_id)
            .cloned()
            .collect()
    }
}
