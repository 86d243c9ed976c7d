//! Hand-written doubles, and the customers every test uses.

use std::cell::RefCell;
use std::collections::HashMap;

use quiz_09::restock::{Mailer, Stock, StockError};

pub const ADA: &str = "ada@example.com";
pub const BOB: &str = "bob@example.com";

/// A store kept in memory: shelves in a map, waiting lists in a list.
#[derive(Default)]
pub struct FakeStock {
    shelves: RefCell<HashMap<String, u32>>,
    waiting: RefCell<Vec<(String, String)>>,
}

impl FakeStock {
    pub fn with_product(self, sku: &str, on_hand: u32) -> Self {
        self.shelves.borrow_mut().insert(sku.to_owned(), on_hand);
        self
    }

    pub fn with_waiting(self, sku: &str, email: &str) -> Self {
        self.waiting
            .borrow_mut()
            .push((sku.to_owned(), email.to_owned()));
        self
    }
}

impl Stock for FakeStock {
    fn on_hand(&self, sku: &str) -> Result<u32, StockError> {
        self.shelves
            .borrow()
            .get(sku)
            .copied()
            .ok_or_else(|| StockError::UnknownProduct(sku.to_owned()))
    }

    fn set_on_hand(&self, sku: &str, on_hand: u32) -> Result<(), StockError> {
        match self.shelves.borrow_mut().get_mut(sku) {
            Some(shelf) => {
                *shelf = on_hand;
                Ok(())
            }
            None => Err(StockError::UnknownProduct(sku.to_owned())),
        }
    }

    fn waiting_for(&self, sku: &str) -> Result<Vec<String>, StockError> {
        Ok(self
            .waiting
            .borrow()
            .iter()
            .filter(|(waits_for, _)| waits_for == sku)
            .map(|(_, email)| email.clone())
            .collect())
    }

    fn clear_waiting(&self, sku: &str) -> Result<(), StockError> {
        self.waiting
            .borrow_mut()
            .retain(|(waits_for, _)| waits_for != sku);
        Ok(())
    }
}

/// A mailer that writes down every email, for the test to read afterwards.
#[derive(Default)]
pub struct SpyMailer {
    sent: RefCell<Vec<(String, String, u32)>>,
}

impl SpyMailer {
    pub fn sent(&self) -> Vec<(String, String, u32)> {
        self.sent.borrow().clone()
    }
}

impl Mailer for SpyMailer {
    fn back_in_stock(&self, email: &str, sku: &str, on_hand: u32) {
        self.sent
            .borrow_mut()
            .push((email.to_owned(), sku.to_owned(), on_hand));
    }
}

/// One email, as the spy writes it down.
pub fn email(to: &str, sku: &str, on_hand: u32) -> (String, String, u32) {
    (to.to_owned(), sku.to_owned(), on_hand)
}
