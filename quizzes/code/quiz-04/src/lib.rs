//! Chapter 4's quiz: the warehouse's stock, in three layers.
//!
//! 1. `db`: a SQLite connection and the schema, whose constraints promise
//!    that a shelf never holds less than nothing, and that every logged move
//!    belongs to a shelf that exists;
//! 2. `repository`: `StockRepository` moves stock with SQL, logs each move,
//!    and turns the database's refusals into errors of its own;
//! 3. `service`: `Warehouse` receives and picks goods, by the shop's rules.
//!
//! The tests in `tests/it/` go bottom-up, one module per layer; the quiz's
//! broken versions (`broken/*.patch`) change one line in one layer each.

pub mod db;
pub mod repository;
pub mod service;
