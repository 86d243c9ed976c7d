//! Kata 04: the shop's user accounts, built in three layers, each one on top
//! of the one below it:
//!
//! 1. [`db::Database`]: the SQLite connection and the schema (in memory for
//!    tests), with the constraints the layers above rely on
//! 2. [`repository::UserRepository`]: stores and finds users (and their
//!    shipping addresses) with SQL
//! 3. [`service::UserService`]: the rules of the shop: registering,
//!    changing an email, with validation and normalized emails
//!
//! All of it is correct, and you do not change it. You test it bottom-up in
//! `tests/it/`: layer 1 first, against a real database, then each layer
//! above it, with a test driver playing the caller that is not there yet.

pub mod db;
pub mod repository;
pub mod service;
