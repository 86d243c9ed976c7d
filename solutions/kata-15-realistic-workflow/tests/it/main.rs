//! Kata 15's tests: the whole shop, from the outside, in one test binary.
//!
//! - `app.rs`: `TestApp`, a real shop of its own for each test;
//! - `steps.rs`: a customer's steps, one request each;
//! - `fixtures.rs`: the catalog every `TestApp` starts with (given);
//! - `example.rs`: a worked example of a workflow test (given);
//! - `smoke_target.rs` and `smoke.rs`: the smoke suite, a few fast checks
//!   that can run against any shop, here or deployed;
//! - `buying.rs`, `paying.rs`, `order_life.rs`: the end-to-end tests, one
//!   scenario each.

mod app;
mod fixtures;
mod steps;

mod example;
mod smoke;
mod smoke_target;

mod buying;
mod order_life;
mod paying;
