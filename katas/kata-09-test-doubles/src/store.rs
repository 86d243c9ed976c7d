//! Where the shop keeps its customers and orders, behind a trait. The
//! services see only `Store`: the real one is [`SqliteStore`], and a test
//! can hand them a double instead.
//!
//! [`SqliteStore`]: crate::sqlite_store::SqliteStore

use mockall::automock;

use crate::customers::{Customer, NewCustomer};
use crate::orders::{NewOrder, Order, OrderId};
use crate::payments::PaymentId;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// Another customer already has this email.
    EmailTaken,
    NoSuchOrder(OrderId),
    /// The database failed; the message says how.
    Database(String),
}

// ANCHOR: store
#[automock]
pub trait Store {
    /// Stores a new customer and returns it with its id, or `EmailTaken`
    /// when another customer has the same email.
    fn add_customer(&self, customer: &NewCustomer) -> Result<Customer, StoreError>;

    /// Stores a new order, awaiting payment, and returns it with its id.
    fn create_order(&self, order: &NewOrder) -> Result<Order, StoreError>;

    /// Records that the order is paid, and the gateway's id for the payment.
    fn mark_paid(&self, order: OrderId, payment: &PaymentId) -> Result<(), StoreError>;

    /// Records that the card was declined.
    fn mark_declined(&self, order: OrderId) -> Result<(), StoreError>;
}
// ANCHOR_END: store

/// A shared store is a store: registration and checkout can use one.
impl<T: Store + ?Sized> Store for &T {
    fn add_customer(&self, customer: &NewCustomer) -> Result<Customer, StoreError> {
        T::add_customer(self, customer)
    }

    fn create_order(&self, order: &NewOrder) -> Result<Order, StoreError> {
        T::create_order(self, order)
    }

    fn mark_paid(&self, order: OrderId, payment: &PaymentId) -> Result<(), StoreError> {
        T::mark_paid(self, order, payment)
    }

    fn mark_declined(&self, order: OrderId) -> Result<(), StoreError> {
        T::mark_declined(self, order)
    }
}
