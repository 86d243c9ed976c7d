//! Kata 03: a small shop in three layers, to be integrated from the top down.
//!
//! ```text
//! layer 1   controller::OrderController      checks a request, answers a status and a body
//!               | calls OrderService
//! layer 2   checkout::Checkout               prices an order, sets its items aside, charges
//!               | calls Inventory               | calls PaymentGateway
//! layer 3   stockroom::Stockroom             cardpay::CardPaySandbox
//! ```
//!
//! Each layer calls the one below through a trait that the layer above
//! defines, so that a test can put a stub there until the real layer is
//! wired in. The tests in `tests/it/` do that in three phases: the
//! controller over a stub service, then the real checkout over a stub
//! inventory and a stub payment gateway, then everything real. You write the
//! stubs, in `tests/it/stubs.rs`.

pub mod cardpay;
pub mod catalog;
pub mod checkout;
pub mod controller;
pub mod money;
pub mod stockroom;
