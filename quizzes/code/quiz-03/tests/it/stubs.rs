//! The stubs of the phases, in one module that every phase shares.

use std::cell::RefCell;
use std::collections::HashMap;

use quiz_03::checkout::Coupons;
use quiz_03::controller::{Order, OrderError, OrderService, Receipt};

// ANCHOR: stub_service
/// Stands in for the checkout: answers every order with the answer it was
/// made with, and remembers the orders it was given.
pub struct StubOrderService {
    answer: Result<Receipt, OrderError>,
    received: RefCell<Vec<Order>>,
}

impl StubOrderService {
    pub fn placing(receipt: Receipt) -> StubOrderService {
        StubOrderService {
            answer: Ok(receipt),
            received: RefCell::new(Vec::new()),
        }
    }

    pub fn refusing(error: OrderError) -> StubOrderService {
        StubOrderService {
            answer: Err(error),
            received: RefCell::new(Vec::new()),
        }
    }

    pub fn received(&self) -> Vec<Order> {
        self.received.borrow().clone()
    }
}

impl OrderService for StubOrderService {
    fn place(&self, order: Order) -> Result<Receipt, OrderError> {
        self.received.borrow_mut().push(order);
        self.answer.clone()
    }
}
// ANCHOR_END: stub_service

// ANCHOR: stub_coupons
/// Stands in for the coupon book, written from the `Coupons` trait's doc
/// comment: a discount in percent, `None` for a code it doesn't know.
pub struct StubCoupons {
    codes: HashMap<String, u64>,
}

impl StubCoupons {
    pub fn with(codes: &[(&str, u64)]) -> StubCoupons {
        StubCoupons {
            codes: codes
                .iter()
                .map(|(code, percent)| (code.to_string(), *percent))
                .collect(),
        }
    }
}

impl Coupons for StubCoupons {
    fn discount(&self, code: &str) -> Option<u64> {
        self.codes.get(code).copied()
    }
}
// ANCHOR_END: stub_coupons
