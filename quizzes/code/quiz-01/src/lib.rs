//! Chapter 1's quiz: the postage of a small shop, from parts that each pass
//! their own unit tests.
//!
//! - `cart`: what a customer buys, and what it weighs, in grams;
//! - `postage`: the carrier's rate table, which quotes by whole kilograms;
//! - `settings`: the shop's settings file, which names the zone it ships to;
//! - `shop`: the join: it builds the rate table from the settings, and asks
//!   it for the postage of a cart.
//!
//! The quiz's broken versions (`broken/*.patch`) change one line each.

pub mod cart;
pub mod postage;
pub mod settings;
pub mod shop;

/// An amount in cents: `Cents(490)` is 4.90.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cents(pub u32);
