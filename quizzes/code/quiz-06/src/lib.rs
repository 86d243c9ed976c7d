//! Chapter 6's quiz: the shop's orders in SQLite.
//!
//! - `db`: opens a database and brings its schema up to date, one migration
//!   at a time;
//! - `repository`: users, orders and their lines, and what a user spent.
//!
//! The quiz's broken versions (`broken/*.patch`) change one SQL statement
//! each.

pub mod db;
pub mod repository;
