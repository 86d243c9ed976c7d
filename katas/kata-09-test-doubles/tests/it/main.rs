//! Kata 09's integration tests: one test binary.
//!
//! - `shipping/`: the chapter's examples, on another part of the shop: every
//!   kind of test double, hand-written and from mockall. Given; read them.
//! - `registration.rs`, `checkout.rs`: the services with mockall mocks in
//!   place of the store, the gateway and the mailer. **You write these.**
//! - `real_database.rs`: the services over the real SQLite store. **And
//!   this one.**
//!
//! `doubles.rs` builds the services over fresh doubles, for every test.

mod doubles;

// ANCHOR: modules
mod checkout;
mod real_database;
mod registration;
mod shipping;
// ANCHOR_END: modules
