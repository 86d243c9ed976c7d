//! The stubs: **the file you write**, one stub per `todo!`.
//!
//! A stub stands in for a layer that is not wired in yet, and gives the layer
//! above it the answers a test needs. Each stub here implements the trait
//! that the layer above calls through, so the real code can't tell it apart
//! from the real thing:
//!
//! - phase 1: `StubOrderService`, under the real controller, where the
//!   checkout will be (trait `OrderService`, in `src/controller.rs`);
//! - phase 2: `StubInventory` and `StubPayment`, under the real checkout,
//!   where the stock room and the card provider will be (traits `Inventory`
//!   and `PaymentGateway`, in `src/checkout.rs`).
//!
//! Write each stub from what the layer above expects of it: read the trait
//! and the code that calls it. Keep stubs small: a field or two, no logic the
//! tests do not need. Add the fields you want inside the `{ }` of each struct.

use std::collections::HashMap;

use kata_03::checkout::{Inventory, OutOfStock, PaymentError, PaymentGateway};
use kata_03::controller::{NewOrder, OrderError, OrderService, Receipt};
use kata_03::money::Cents;

/// Phase 1: the order service, as the controller sees it. It gives every
/// order the same answer, chosen when the stub is made, and it remembers the
/// orders it was given, so that a test can check what the controller passed
/// down.
pub struct StubOrderService {
    answer: Result<Receipt, OrderError>,
    received: Vec<NewOrder>,
}

impl StubOrderService {
    /// A service that places every order, answering with `receipt`.
    pub fn placing(receipt: Receipt) -> StubOrderService {
        StubOrderService::answering(Ok(receipt))
    }

    /// A service that refuses every order with `error`.
    pub fn refusing(error: OrderError) -> StubOrderService {
        StubOrderService::answering(Err(error))
    }

    fn answering(answer: Result<Receipt, OrderError>) -> StubOrderService {
        StubOrderService {
            answer,
            received: Vec::new(),
        }
    }

    /// The orders it was given, oldest first.
    pub fn received(&self) -> &[NewOrder] {
        &self.received
    }
}

impl OrderService for StubOrderService {
    fn place_order(&mut self, order: &NewOrder) -> Result<Receipt, OrderError> {
        self.received.push(order.clone());
        self.answer.clone()
    }
}

/// Phase 2: the inventory, as the checkout sees it. A shelf holding a fixed
/// stock of each product: `reserve` takes items off it and `release` puts
/// them back.
///
/// Its first version, written from what the checkout expected, refused a
/// reservation it could not fill. Phase 3 showed that the real stock room
/// sets aside what it has instead, so the stub now does the same, and
/// `each_stub_answers_like_the_real_layer` keeps the two in step.
pub struct StubInventory {
    shelves: HashMap<String, u32>,
}

impl StubInventory {
    /// A shelf holding `stock`, as (sku, quantity) pairs.
    pub fn with_stock(stock: &[(&str, u32)]) -> StubInventory {
        StubInventory {
            shelves: stock
                .iter()
                .map(|&(sku, quantity)| (sku.to_string(), quantity))
                .collect(),
        }
    }

    /// How many of `sku` are on the shelf (0 for a product it never had).
    pub fn available(&self, sku: &str) -> u32 {
        self.shelves.get(sku).copied().unwrap_or(0)
    }
}

impl Inventory for StubInventory {
    /// Sets aside what is on the shelf, up to `quantity`, and says how many;
    /// refuses only when the shelf is empty, as `Stockroom::reserve` does.
    fn reserve(&mut self, sku: &str, quantity: u32) -> Result<u32, OutOfStock> {
        match self.shelves.get_mut(sku) {
            Some(on_shelf) if *on_shelf > 0 => {
                let set_aside = quantity.min(*on_shelf);
                *on_shelf -= set_aside;
                Ok(set_aside)
            }
            _ => Err(OutOfStock {
                sku: sku.to_string(),
            }),
        }
    }

    fn release(&mut self, sku: &str, quantity: u32) {
        *self.shelves.entry(sku.to_string()).or_default() += quantity;
    }
}

/// Phase 2: the card provider, as the checkout sees it. It approves every
/// charge or declines every charge, whatever the card, and it remembers the
/// amounts it approved, so that a test can check what was charged.
pub struct StubPayment {
    approves: bool,
    charged: Vec<Cents>,
}

impl StubPayment {
    /// A provider that approves every charge.
    pub fn approving() -> StubPayment {
        StubPayment {
            approves: true,
            charged: Vec::new(),
        }
    }

    /// A provider that declines every charge.
    pub fn declining() -> StubPayment {
        StubPayment {
            approves: false,
            charged: Vec::new(),
        }
    }

    /// The amounts it approved, oldest first.
    pub fn charged(&self) -> &[Cents] {
        &self.charged
    }
}

impl PaymentGateway for StubPayment {
    fn charge(&mut self, _card: &str, amount: Cents) -> Result<String, PaymentError> {
        if !self.approves {
            return Err(PaymentError::Declined);
        }
        self.charged.push(amount);
        Ok(format!("stub_charge_{}", self.charged.len()))
    }
}
