//! Kata 02: an order system, correct and complete, made of five parts that
//! share one SQLite database:
//!
//! - [`db::Database`]: the connection and the schema (in memory for tests)
//! - [`inventory::Inventory`]: products, prices and stock
//! - [`payments::PaymentGateway`]: the card provider, an external system
//!   (an in-memory sandbox here); a database rollback cannot undo a charge
//! - [`shipping::Shipping`]: shipments waiting for the carrier
//! - [`orders::OrderService`]: places an order using all of the above
//!
//! You do not change any of this. You write the big-bang tests in
//! `tests/big_bang.rs`: every part real, wired together at once.

pub mod db;
pub mod inventory;
pub mod money;
pub mod orders;
pub mod payments;
pub mod shipping;
