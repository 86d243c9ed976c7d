//! Where the shop keeps its products and orders: a database, in production.
//! A clone is the same store.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use crate::Cents;
use crate::order::{Order, Status};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Product {
    pub sku: String,
    pub name: String,
    pub price: Cents,
    pub on_shelf: u32,
}

#[derive(Debug, Default)]
struct Data {
    products: BTreeMap<String, Product>,
    orders: BTreeMap<u32, Order>,
}

#[derive(Debug, Clone, Default)]
pub struct Store(Rc<RefCell<Data>>);

impl Store {
    pub fn add_product(&self, product: Product) {
        let sku = product.sku.clone();
        self.0.borrow_mut().products.insert(sku, product);
    }

    pub fn product(&self, sku: &str) -> Option<Product> {
        self.0.borrow().products.get(sku).cloned()
    }

    pub fn set_on_shelf(&self, sku: &str, on_shelf: u32) {
        if let Some(product) = self.0.borrow_mut().products.get_mut(sku) {
            product.on_shelf = on_shelf;
        }
    }

    /// Saves a new order, and answers its id.
    pub fn add_order(&self, mut order: Order) -> Order {
        let mut data = self.0.borrow_mut();
        order.id = u32::try_from(data.orders.len()).expect("fewer than 4 billion orders") + 1;
        data.orders.insert(order.id, order.clone());
        order
    }

    pub fn order(&self, id: u32) -> Option<Order> {
        self.0.borrow().orders.get(&id).cloned()
    }

    pub fn set_status(&self, id: u32, status: Status) {
        if let Some(order) = self.0.borrow_mut().orders.get_mut(&id) {
            order.status = status;
        }
    }
}
