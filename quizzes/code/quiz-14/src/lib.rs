//! Chapter 14's quiz: three small parts of the shop, each with something its
//! tests can share by accident.
//!
//! - `flags` and `shipping`: feature flags switched on at run time, kept in a
//!   `static` so that any part of the shop can read them, and the shipping
//!   quote that reads them (or, in `quote_with`, is handed them);
//! - `quotes`: a supplier's price, valid for 15 minutes from the moment the
//!   desk stamps it, on a clock the desk is handed;
//! - `reports`: the day's sales report, written to a path the caller names,
//!   and never over an existing one.
//!
//! The flaky tests in `tests/it/` are ignored, and the quiz runs them in the
//! runs that make them fail every time.

pub mod flags;
pub mod quotes;
pub mod reports;
pub mod shipping;

/// An amount in cents: `Cents(490)` is 4.90.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cents(pub u64);
