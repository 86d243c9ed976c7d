//! Kata 13's integration tests: the shop's background worker, seen through
//! its event bus.
//!
//! The harness in `harness/` is yours to finish, one step at a time:
//!
//! 1. `recorder.rs`: a recorder that keeps every event the bus publishes;
//! 2. `wait.rs`: waiting for an event, or a condition, with a deadline;
//! 3. `shutdown.rs`: stopping the worker, and proving nothing is in flight;
//! 4. `clock.rs` and `absence.rs`: a paused clock, and "nothing happens".
//!
//! The tests are given, one module per step: `cargo test -p kata-13 step_1`,
//! then `step_2`, `step_3`, `step_4`. A step's tests need the steps before
//! it, and say "do step N first" until they are done.
//!
//! `refunds` holds the chapter's examples, on another part of the shop. They
//! are complete and pass from the start.

// The harness: `test_shop.rs` is given, the rest is yours.
mod harness;
// Given: tells a test when an earlier step is not done yet.
mod steps;
// Given, and passing from the start: the rules of the shop's given parts.
mod ground_rules;

// The tests, one module per step.
mod step_1_recording;
mod step_2_waiting;
mod step_3_shutdown;
mod step_4_paused_time;

// The chapter's examples.
mod refunds;
