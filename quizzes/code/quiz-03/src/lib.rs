//! Chapter 3's quiz: a checkout that takes coupons, in three layers.
//!
//! ```text
//! layer 1   OrderController   controller.rs   checks a request, answers a status and a body
//!               | OrderService (trait)
//! layer 2   Checkout          checkout.rs     prices the order and takes the coupon's discount off
//!               | Coupons (trait)
//! layer 3   CouponBook        coupons.rs      the shop's coupon codes and what each is worth
//! ```
//!
//! The tests in `tests/it/` integrate it top-down, one phase per module; the
//! quiz's broken versions (`broken/*.patch`) change a line in one layer each.

pub mod checkout;
pub mod controller;
pub mod coupons;

use std::fmt;

/// An amount in cents: `Cents(3600)` is 36.00.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cents(pub u64);

impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:02}", self.0 / 100, self.0 % 100)
    }
}
