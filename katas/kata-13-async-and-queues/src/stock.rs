//! The stock: what is on the shelves, and what is held for orders.
//!
//! Placing an order takes its items off the shelf and *holds* them for the
//! order until a deadline. Then one of three things happens to the hold: the
//! worker sells it (`commit`), the deadline passes unpaid (`expire`) and the
//! items go back on the shelf, or a late payment finds it expired.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use tokio::time::Instant;

use crate::events::OrderId;

/// Items held for one order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hold {
    pub sku: String,
    pub quantity: u32,
    /// Once paid, a hold no longer expires: it waits for the worker.
    pub paid: bool,
    pub expires_at: Instant,
}

/// Why a hold could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotEnough {
    pub sku: String,
    pub wanted: u32,
    pub available: u32,
}

/// Why a hold could not be marked paid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaidError {
    /// No hold for this order: unknown, already sold, or already expired.
    NoHold,
    AlreadyPaid,
    /// The deadline had passed: the items are back on the shelf.
    Expired {
        sku: String,
        quantity: u32,
    },
}

#[derive(Debug, Default)]
struct Shelves {
    on_shelf: HashMap<String, u32>,
    holds: HashMap<OrderId, Hold>,
}

/// A clone shares the same stock.
#[derive(Debug, Clone, Default)]
pub struct Stock {
    shelves: Arc<Mutex<Shelves>>,
}

impl Stock {
    pub fn new() -> Stock {
        Stock::default()
    }

    /// Puts `quantity` more of `sku` on the shelf.
    pub fn add(&self, sku: &str, quantity: u32) {
        *self.lock().on_shelf.entry(sku.to_string()).or_default() += quantity;
    }

    /// How many of `sku` are on the shelf, free to be ordered.
    pub fn available(&self, sku: &str) -> u32 {
        self.lock().on_shelf.get(sku).copied().unwrap_or(0)
    }

    /// How many of `sku` are held for orders, paid or not, and not sold yet.
    pub fn held(&self, sku: &str) -> u32 {
        self.lock()
            .holds
            .values()
            .filter(|hold| hold.sku == sku)
            .map(|hold| hold.quantity)
            .sum()
    }

    pub(crate) fn hold(
        &self,
        order: OrderId,
        sku: &str,
        quantity: u32,
        expires_at: Instant,
    ) -> Result<(), NotEnough> {
        let mut shelves = self.lock();
        let available = shelves.on_shelf.get(sku).copied().unwrap_or(0);
        if quantity == 0 || available < quantity {
            return Err(NotEnough {
                sku: sku.to_string(),
                wanted: quantity,
                available,
            });
        }
        shelves
            .on_shelf
            .insert(sku.to_string(), available - quantity);
        shelves.holds.insert(
            order,
            Hold {
                sku: sku.to_string(),
                quantity,
                paid: false,
                expires_at,
            },
        );
        Ok(())
    }

    // ANCHOR: deadline
    /// Marks the hold paid, unless its deadline has passed at `now`: then the
    /// hold is released on the spot. The deadline is checked here, not left
    /// to the expiry timer, so a payment never depends on whether the timer
    /// has run yet.
    pub(crate) fn mark_paid(&self, order: OrderId, now: Instant) -> Result<(), PaidError> {
        let mut shelves = self.lock();
        let hold = shelves.holds.get_mut(&order).ok_or(PaidError::NoHold)?;
        if hold.paid {
            return Err(PaidError::AlreadyPaid);
        }
        if now < hold.expires_at {
            hold.paid = true;
            return Ok(());
        }
        let (sku, quantity) = shelves.release(order);
        Err(PaidError::Expired { sku, quantity })
    }
    // ANCHOR_END: deadline

    /// Releases the hold if it is unpaid and due at `now`; returns what went
    /// back on the shelf.
    pub(crate) fn expire(&self, order: OrderId, now: Instant) -> Option<(String, u32)> {
        let mut shelves = self.lock();
        let hold = shelves.holds.get(&order)?;
        (!hold.paid && now >= hold.expires_at).then(|| shelves.release(order))
    }

    /// Sells a paid hold: its items leave the stock for good.
    pub(crate) fn commit(&self, order: OrderId) -> Option<(String, u32)> {
        let mut shelves = self.lock();
        if !shelves.holds.get(&order)?.paid {
            return None;
        }
        shelves
            .holds
            .remove(&order)
            .map(|hold| (hold.sku, hold.quantity))
    }

    fn lock(&self) -> MutexGuard<'_, Shelves> {
        // Every change is made in one step under the lock.
        self.shelves.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Shelves {
    /// Puts a hold's items back on the shelf. The caller has checked it exists.
    fn release(&mut self, order: OrderId) -> (String, u32) {
        let hold = self.holds.remove(&order).expect("the hold exists");
        *self.on_shelf.entry(hold.sku.clone()).or_default() += hold.quantity;
        (hold.sku, hold.quantity)
    }
}
