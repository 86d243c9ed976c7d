//! The contract between the order service and the layers below it: one trait
//! for each part the service needs, and what each part can answer.
//!
//! The service is written against these traits only, never against a real
//! part. That is what lets a sandwich test plug in either side: stubs that
//! implement the traits (testing from above), a driver that calls the real
//! parts through the traits the way the service would (testing from below),
//! or the real parts themselves (all real).

use crate::money::Cents;

/// An order number, handed out by the order store.
pub type OrderId = i64;

/// The card provider's id for one charge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChargeId(pub String);

/// A paid order, as the order store records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    pub id: OrderId,
    /// The customer's email address.
    pub customer: String,
    pub total: Cents,
    pub charge: ChargeId,
}

// ANCHOR: traits
/// Products, prices and stock.
pub trait Stock {
    /// The price of one item of `sku`.
    fn price(&self, sku: &str) -> Result<Cents, StockError>;
    /// Takes `quantity` items of `sku` out of stock: all of them, or none
    /// and `StockError::OutOfStock`.
    fn reserve(&self, sku: &str, quantity: u32) -> Result<(), StockError>;
    /// Puts back `quantity` items of `sku` that `reserve` took out.
    fn release(&self, sku: &str, quantity: u32) -> Result<(), StockError>;
}

/// The card provider.
pub trait Payments {
    /// Charges `amount` to `card`; `reference` is the shop's order number,
    /// which the provider shows on its statements.
    fn charge(
        &self,
        card: &str,
        amount: Cents,
        reference: OrderId,
    ) -> Result<ChargeId, PaymentError>;
    /// Gives back the whole of a charge this provider made.
    fn refund(&self, charge: &ChargeId);
}

/// Where orders are recorded.
pub trait OrderStore {
    /// A new order number, never handed out before.
    fn next_id(&self) -> Result<OrderId, StorageError>;
    /// Records a paid order under the number `next_id` gave.
    fn save(&self, order: &Order) -> Result<(), StorageError>;
}

/// Emails to customers.
pub trait Notifier {
    /// Queues the confirmation email of order `order`. The email is written
    /// from what the order store recorded, so the order must be saved first:
    /// otherwise the answer is `NotifyError::UnknownOrder`.
    fn queue_confirmation(&self, order: OrderId) -> Result<(), NotifyError>;
}
// ANCHOR_END: traits

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StockError {
    UnknownProduct(String),
    OutOfStock {
        sku: String,
        wanted: u32,
        available: u32,
    },
    Storage(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaymentError {
    /// The card was refused. Nothing was charged.
    Declined,
    /// The provider could not be reached. Nothing was charged.
    Unavailable,
}

/// The order store could not do its work (a database error, say).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageError(pub String);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotifyError {
    /// The order store has no order with this number.
    UnknownOrder(OrderId),
    Storage(String),
}
