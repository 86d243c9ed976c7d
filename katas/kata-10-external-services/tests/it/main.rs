//! Kata 10's integration tests: the shop's carrier client against a stub
//! carrier on 127.0.0.1. The tests that use wiremock are in tests/wiremock/.
//!
//! The stub server is yours to write (`stub.rs`, step 1), and so is most of
//! the client (`src/client.rs`, steps 2 to 5). The tests and the helpers are
//! given. One module per step, in order: `cargo test -p kata-10 step_1`,
//! then `step_2`, `step_3`, `step_4`, `step_5`.

// Given helpers.
mod pauses;
mod support;

// The stub server: yours.
mod stub;

// The tests, one module per step.
mod step_1_stub_server;
mod step_2_answers;
mod step_3_timeouts;
mod step_4_retries;
mod step_5_bookings;

// Step 5 again with wiremock, and the chapter's example, are in a test
// binary of their own: tests/wiremock/.
