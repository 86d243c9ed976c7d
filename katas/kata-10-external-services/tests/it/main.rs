//! Kata 10's integration tests: the shop's carrier client against a stub
//! carrier on 127.0.0.1, and once against wiremock.
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
// Given: step 5 again, with wiremock instead of your stub. It passes once
// `book` works.
mod step_5_with_wiremock;

// The chapter's example, another provider's client: given, and passing from
// the start.
mod example_address_lookup;
