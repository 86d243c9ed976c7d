//! Chapter 8's quiz: the stock service's data directory, and the files it
//! reads and writes.
//!
//! - `stock`: reads a stock file (`MUG 5`, one product a line), and writes
//!   the stock report into the current directory, as a command-line tool
//!   does;
//! - `service`: starts the stock service on a data directory that it locks,
//!   so that two services never share one, and unlocks when it stops.
//!
//! The quiz's broken versions (`broken/*.patch`) change a few lines each.

pub mod service;
pub mod stock;
