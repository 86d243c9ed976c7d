//! Kata 05: a checkout in three layers, correct and complete.
//!
//! - top: [`api::CheckoutApi`], the checkout endpoint;
//! - middle: [`orders::OrderService`], which places an order step by step
//!   and undoes the steps when one fails: the critical layer, and the target
//!   of a sandwich;
//! - bottom: the real parts the service uses through the traits of
//!   [`contract`]: [`inventory::Inventory`], [`payments::PaymentGateway`]
//!   (a card provider's sandbox), [`order_book::OrderBook`] and
//!   [`outbox::Outbox`]. All but the sandbox share one SQLite database
//!   ([`db::Database`]).
//!
//! You do not change any of this. You write its tests in `tests/it/`: from
//! above, from below, and all real.

pub mod api;
pub mod contract;
pub mod db;
pub mod inventory;
pub mod money;
pub mod order_book;
pub mod orders;
pub mod outbox;
pub mod payments;
