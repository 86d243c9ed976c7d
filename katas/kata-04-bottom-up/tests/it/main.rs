//! Kata 04's integration tests, written bottom-up: one module per layer, in
//! the order the layers are integrated, and the test drivers in
//! `drivers.rs`.
//!
//! Layer 1 (the database) is tested first, for real. Each layer above is
//! then tested on top of the real, already tested layers below it, called by
//! a driver that plays the caller it does not have yet. Nothing is stubbed.

mod drivers;

// ANCHOR: layers
mod layer_1_database;
mod layer_2_repository;
mod layer_3_service;
// ANCHOR_END: layers
