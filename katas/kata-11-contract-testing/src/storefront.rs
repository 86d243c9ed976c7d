//! The consumer: the storefront's client of the inventory API.
//!
//! The storefront reads two things from the inventory: a product's stock
//! level, which becomes the badge on its page, and a reservation, which holds
//! items for a basket until checkout. Its types are its own: it reads the
//! fields it needs, and nothing here comes from the `inventory` module.

mod client;
mod stock;

pub use client::{InventoryClient, InventoryError};
pub use stock::{Availability, Reservation, StockLevel};
