//! Kata 01: a tiny shop built from components that each pass their own unit
//! tests. `shop.rs` wires them together, and that is where it goes wrong.
//!
//! - `catalog`: products and their prices
//! - `inventory`: stock, and reservations taken out of it
//! - `payments`: the client of a third-party card provider (an in-memory sandbox here)
//! - `orders`: the order book, shared with the warehouse
//! - `warehouse`: ships the orders it is told about
//! - `config`: the shop's settings, read from a small text file
//! - `shop`: the checkout that wires them all together: **the file you edit**

pub mod catalog;
pub mod config;
pub mod inventory;
pub mod money;
pub mod orders;
pub mod payments;
pub mod shop;
pub mod warehouse;
