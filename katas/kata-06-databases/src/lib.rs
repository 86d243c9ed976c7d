//! Kata 06: the shop's users and orders, kept in SQLite.
//!
//! - [`db`]: opening a connection, to a file or in memory, set up the way
//!   the shop needs it
//! - [`migrations`]: the schema, as the ordered list of every change made to
//!   it, and the runner that brings any database up to date
//! - [`repository`]: users, their orders and what they spent; placing an
//!   order as one unit of work; changing an order's status
//! - [`status`]: the statuses an order goes through and which changes are
//!   allowed: pure logic, with unit tests of its own
//! - [`money`]: amounts in cents
//!
//! All of it is correct, and you do not change it. You write the fixtures and
//! the integration tests in `tests/it/`, against a real SQLite database.

pub mod db;
pub mod migrations;
pub mod money;
pub mod repository;
pub mod status;
