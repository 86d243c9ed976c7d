//! The real parts at the bottom. Each is a handle whose clones share one
//! state, so that the label printer reads the same order book the service
//! writes, and a test can keep a clone to look inside afterward.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use crate::Cents;
use crate::contract::{Label, Labels, Orders, Refunds, ReturnError, Unavailable};

#[derive(Debug)]
struct Line {
    sku: String,
    bought: u32,
    price: Cents,
    returned: u32,
}

/// The shop's order book.
#[derive(Debug, Clone, Default)]
pub struct OrderBook(Rc<RefCell<BTreeMap<u32, Vec<Line>>>>);

impl OrderBook {
    /// A book with one paid order: its products, quantities and unit prices.
    pub fn with_order(order_id: u32, lines: &[(&str, u32, Cents)]) -> OrderBook {
        let book = OrderBook::default();
        let lines = lines
            .iter()
            .map(|(sku, bought, price)| Line {
                sku: sku.to_string(),
                bought: *bought,
                price: *price,
                returned: 0,
            })
            .collect();
        book.0.borrow_mut().insert(order_id, lines);
        book
    }

    /// How many of `sku` the book has recorded as returned from `order_id`.
    pub fn returned(&self, order_id: u32, sku: &str) -> u32 {
        let orders = self.0.borrow();
        let lines = orders.get(&order_id).map(Vec::as_slice).unwrap_or(&[]);
        lines
            .iter()
            .find(|line| line.sku == sku)
            .map_or(0, |line| line.returned)
    }
}

impl Orders for OrderBook {
    // ANCHOR: order_book
    fn mark_returned(&self, order_id: u32, sku: &str, quantity: u32) -> Result<Cents, ReturnError> {
        let mut orders = self.0.borrow_mut();
        let lines = orders
            .get_mut(&order_id)
            .ok_or(ReturnError::UnknownOrder(order_id))?;
        let line = lines
            .iter_mut()
            .find(|line| line.sku == sku)
            .ok_or_else(|| ReturnError::UnknownProduct(sku.to_string()))?;
        if line.returned + quantity > line.bought {
            return Err(ReturnError::MoreThanBought(sku.to_string()));
        }
        line.returned += quantity;
        Ok(line.price)
    }
    // ANCHOR_END: order_book

    fn unmark_returned(&self, order_id: u32, sku: &str, quantity: u32) {
        let mut orders = self.0.borrow_mut();
        let line = orders
            .get_mut(&order_id)
            .and_then(|lines| lines.iter_mut().find(|line| line.sku == sku));
        if let Some(line) = line {
            line.returned = line.returned.saturating_sub(quantity);
        }
    }
}

/// The card provider's sandbox. Like a real provider's test mode, it is
/// never down: it pays every refund and keeps a list of them.
#[derive(Debug, Clone, Default)]
pub struct CardSandbox(Rc<RefCell<Vec<(u32, Cents)>>>);

impl CardSandbox {
    pub fn refunds(&self) -> Vec<(u32, Cents)> {
        self.0.borrow().clone()
    }
}

impl Refunds for CardSandbox {
    fn refund(&self, order_id: u32, amount: Cents) -> Result<(), Unavailable> {
        self.0.borrow_mut().push((order_id, amount));
        Ok(())
    }
}

// ANCHOR: label_printer
/// Prints labels from the order book, so that a label never lists a product
/// the shop has no record of taking back.
#[derive(Debug, Clone)]
pub struct LabelPrinter {
    book: OrderBook,
    printed: Rc<RefCell<Vec<Label>>>,
}

impl LabelPrinter {
    pub fn new(book: OrderBook) -> LabelPrinter {
        LabelPrinter {
            book,
            printed: Rc::default(),
        }
    }

    pub fn printed(&self) -> Vec<Label> {
        self.printed.borrow().clone()
    }
}

impl Labels for LabelPrinter {
    fn print(&self, order_id: u32) -> Label {
        let orders = self.book.0.borrow();
        let lines = orders.get(&order_id).map(Vec::as_slice).unwrap_or(&[]);
        let label = Label {
            order_id,
            lines: lines
                .iter()
                .filter(|line| line.returned > 0)
                .map(|line| (line.sku.clone(), line.returned))
                .collect(),
        };
        self.printed.borrow_mut().push(label.clone());
        label
    }
}
// ANCHOR_END: label_printer
