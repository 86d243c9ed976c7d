//! Kata 06's integration tests, against a real SQLite database.
//!
//! - `fixtures.rs`: a fresh database per test, a known shop to start from,
//!   and a transaction that is always rolled back.
//! - `fixture_checks.rs`: the tests that check those fixtures (given).
//! - `migrations.rs`, `repository.rs`, `rollback.rs`: the tests of the shop's
//!   database code.

mod fixture_checks;
mod fixtures;
mod migrations;
mod repository;
mod rollback;
