//! The concept check's code (`quizzes/concept-check.toml`): four small
//! parts of the shop, none of them a kata's, each with tests that its
//! questions run against the real code and against broken versions
//! (`broken/`).
//!
//! - `transit`, `promise` and `checkout`: a delivery promise made of two
//!   parts that each pass their own tests;
//! - `stock` and `basket`: a basket that asks a stock, tested with a stub;
//! - `receipt` and `app`: a receipt the shop writes as JSON and its app
//!   reads, with a contract between them;
//! - `tags`: a product's tags written as one line and read back.

pub mod app;
pub mod basket;
pub mod checkout;
pub mod promise;
pub mod receipt;
pub mod stock;
pub mod tags;
pub mod transit;
