//! Layer 2, the middle: the checkout, the shop's real order service.
//!
//! It also defines the two traits it calls the layer below through,
//! [`Inventory`] and [`PaymentGateway`]. They were written by the checkout's
//! authors before the stock room's system and the card provider were wired
//! in, the way top-down integration works: each layer is built against its
//! own idea of the layer below. The real stock room (`src/stockroom.rs`) and
//! card provider (`src/cardpay.rs`) implement these traits, and so do the
//! stubs in `tests/it/stubs.rs`.

use crate::catalog::Catalog;
use crate::controller::{NewOrder, OrderError, OrderLine, OrderService, Receipt};
use crate::money::Cents;

// ANCHOR: ports
/// Stock kept for orders.
pub trait Inventory {
    /// Sets aside as many of `quantity` as there are of `sku`, and returns how
    /// many that is: fewer than asked when the shelf runs short, and then the
    /// caller decides what to do with them. Fails with [`OutOfStock`] only
    /// when there are none at all.
    fn reserve(&mut self, sku: &str, quantity: u32) -> Result<u32, OutOfStock>;

    /// Puts `quantity` of `sku` back on the shelf, for an order that will not
    /// be placed after all.
    fn release(&mut self, sku: &str, quantity: u32);
}

/// Takes the customer's money.
pub trait PaymentGateway {
    /// Charges `amount` to `card`, and returns the provider's id for the charge.
    fn charge(&mut self, card: &str, amount: Cents) -> Result<String, PaymentError>;
}
// ANCHOR_END: ports

/// The inventory has none of `sku` left to set aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutOfStock {
    pub sku: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaymentError {
    /// The card's bank said no. Nothing was charged.
    Declined,
}

/// The real order service: prices an order from the catalog, sets its items
/// aside, then charges the card. Generic over the layer below, so that tests
/// can put stubs there first and the real parts later.
pub struct Checkout<I, P> {
    catalog: Catalog,
    inventory: I,
    payments: P,
    last_order_id: u64,
}

impl<I: Inventory, P: PaymentGateway> Checkout<I, P> {
    pub fn new(catalog: Catalog, inventory: I, payments: P) -> Checkout<I, P> {
        Checkout {
            catalog,
            inventory,
            payments,
            last_order_id: 0,
        }
    }

    /// The inventory underneath, for a test to look at the stock.
    pub fn inventory(&self) -> &I {
        &self.inventory
    }

    /// The payment gateway underneath, for a test to look at the charges.
    pub fn payments(&self) -> &P {
        &self.payments
    }

    fn total(&self, lines: &[OrderLine]) -> Result<Cents, OrderError> {
        lines
            .iter()
            .map(|line| match self.catalog.price(&line.sku) {
                Some(price) => Ok(price * line.quantity),
                None => Err(OrderError::UnknownProduct {
                    sku: line.sku.clone(),
                }),
            })
            .sum()
    }

    /// Sets every line aside, or none: when one line cannot be served, what
    /// the lines before it took goes back on the shelf.
    fn reserve_all(&mut self, lines: &[OrderLine]) -> Result<(), OrderError> {
        for (done, line) in lines.iter().enumerate() {
            // The inventory sets aside what it has, which may be fewer than
            // asked, and fails only when it has none: either way the line is
            // short, and a short line makes the whole order out of stock.
            let set_aside = self
                .inventory
                .reserve(&line.sku, line.quantity)
                .unwrap_or(0);
            if set_aside < line.quantity {
                // Give back the part of the line that was set aside (none, if
                // the inventory had none).
                self.inventory.release(&line.sku, set_aside);
                self.release_all(&lines[..done]);
                return Err(OrderError::OutOfStock {
                    sku: line.sku.clone(),
                    wanted: line.quantity,
                });
            }
        }
        Ok(())
    }

    fn release_all(&mut self, lines: &[OrderLine]) {
        for line in lines {
            self.inventory.release(&line.sku, line.quantity);
        }
    }
}

impl<I: Inventory, P: PaymentGateway> OrderService for Checkout<I, P> {
    /// Prices the order, sets its items aside, and only then charges the
    /// card, so that a customer is never charged for what the shop cannot
    /// send. A declined card puts the items back.
    fn place_order(&mut self, order: &NewOrder) -> Result<Receipt, OrderError> {
        let total = self.total(&order.lines)?;
        self.reserve_all(&order.lines)?;
        match self.payments.charge(&order.card, total) {
            Ok(charge_id) => {
                self.last_order_id += 1;
                Ok(Receipt {
                    order_id: self.last_order_id,
                    total,
                    charge_id,
                })
            }
            Err(PaymentError::Declined) => {
                self.release_all(&order.lines);
                Err(OrderError::PaymentDeclined)
            }
        }
    }
}
