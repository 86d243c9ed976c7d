//! The order book: every order the shop has taken. The checkout writes to it
//! and the warehouse reads from it, so it is shared between them.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use crate::money::Cents;

pub type OrderId = u64;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    pub id: OrderId,
    pub lines: Vec<(String, u32)>,
    pub total: Cents,
    pub address: String,
    pub charge_id: String,
}

/// A handle on the order book; clones share the same book.
#[derive(Debug, Clone, Default)]
pub struct OrderBook {
    orders: Arc<Mutex<HashMap<OrderId, Order>>>,
}

impl OrderBook {
    pub fn new() -> OrderBook {
        OrderBook::default()
    }

    pub fn insert(&self, order: Order) {
        self.lock().insert(order.id, order);
    }

    pub fn get(&self, id: OrderId) -> Option<Order> {
        self.lock().get(&id).cloned()
    }

    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<OrderId, Order>> {
        // A panic elsewhere cannot leave a map half-written: keep using it.
        self.orders.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clones_share_one_book() {
        let book = OrderBook::new();
        let seen_by_the_warehouse = book.clone();
        book.insert(Order {
            id: 1,
            lines: vec![],
            total: Cents(0),
            address: "here".into(),
            charge_id: "ch_1".into(),
        });
        assert_eq!(
            seen_by_the_warehouse.get(1).map(|o| o.address),
            Some("here".to_string())
        );
    }

    #[test]
    fn counts_the_orders_it_holds() {
        let book = OrderBook::new();
        assert!(book.is_empty(), "a new order book should be empty");
        book.insert(Order {
            id: 1,
            lines: vec![],
            total: Cents(0),
            address: "here".into(),
            charge_id: "ch_1".into(),
        });
        assert_eq!(book.len(), 1, "one order was inserted");
        assert!(!book.is_empty(), "a book with an order is not empty");
    }
}
