//! Stubs of the three parts, for the tests from above. Each gives a canned
//! answer and writes down what it was asked.

use std::cell::RefCell;

use quiz_05::Cents;
use quiz_05::contract::{Label, Labels, Orders, Refunds, ReturnError, Unavailable};

/// Accepts every return at the given unit price, and remembers every return
/// it recorded.
pub struct StubOrders {
    price: Cents,
    pub marked: RefCell<Vec<(u32, String, u32)>>,
}

impl StubOrders {
    pub fn pricing(price: Cents) -> StubOrders {
        StubOrders {
            price,
            marked: RefCell::default(),
        }
    }
}

impl Orders for StubOrders {
    fn mark_returned(&self, order_id: u32, sku: &str, quantity: u32) -> Result<Cents, ReturnError> {
        self.marked
            .borrow_mut()
            .push((order_id, sku.to_string(), quantity));
        Ok(self.price)
    }

    fn unmark_returned(&self, _order_id: u32, _sku: &str, _quantity: u32) {
        // Nothing is kept to take back: no test here asks.
    }
}

// ANCHOR: stub_refunds
/// Pays every refund, or, made with `unavailable()`, can't be reached: the
/// one answer the real sandbox never gives.
#[derive(Default)]
pub struct StubRefunds {
    down: bool,
    pub paid: RefCell<Vec<(u32, Cents)>>,
}

impl StubRefunds {
    pub fn unavailable() -> StubRefunds {
        StubRefunds {
            down: true,
            ..StubRefunds::default()
        }
    }
}

impl Refunds for StubRefunds {
    fn refund(&self, order_id: u32, amount: Cents) -> Result<(), Unavailable> {
        if self.down {
            return Err(Unavailable);
        }
        self.paid.borrow_mut().push((order_id, amount));
        Ok(())
    }
}
// ANCHOR_END: stub_refunds

/// Prints an empty label, and remembers which orders it printed for.
#[derive(Default)]
pub struct StubLabels {
    pub printed_for: RefCell<Vec<u32>>,
}

impl Labels for StubLabels {
    fn print(&self, order_id: u32) -> Label {
        self.printed_for.borrow_mut().push(order_id);
        Label {
            order_id,
            lines: Vec::new(),
        }
    }
}
