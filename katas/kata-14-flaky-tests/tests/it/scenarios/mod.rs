//! The scenarios: the shop's integration tests, one file per step.
//!
//! Each one is written as a `#[test]` function would be, without the
//! attribute: the harness calls it, ten times, in every way that makes a
//! flaky test show. You may change everything in them but the assertions.

pub mod customers;
pub mod orders;
pub mod receipts;
pub mod reports;
pub mod shipping;
pub mod stock_service;
