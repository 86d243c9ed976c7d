//! Kata 11's tests: one binary. The storefront (the consumer) is tested
//! against a stub served from the contract; the inventory API (the provider)
//! is verified by replaying the contract against its real router.
//!
//! Work through the steps in order; `cargo test -p kata-11 step_1` runs the
//! first one's tests, and so on. `cargo test -p kata-11 drift` runs the tests
//! that edit a copy of the provider or of the contract.

// Given: the provider's states, and the checks that an earlier step is done.
// (The contract's format and what a mismatch says are in the library:
// `kata_11::contract` and `kata_11::mismatch`, in src/.)
mod prerequisites;
mod provider_states;

// Given, and passing from the start: what the shared library's messages say,
// and the inventory's own rules for reservations, which no contract pins.
mod inventory_rules;
mod messages;

// Yours: step 1, steps 2 and 3, steps 4 and 5.
mod schema_check;
mod stub;
mod verifier;

// ANCHOR: modules
// The tests, one module per step.
mod step_1_schema;
mod step_2_consumer;
mod step_3_stub_checks;
mod step_4_replay;
mod step_5_verification;
// ANCHOR_END: modules

// A worked example on two other services of the shop. It passes as it is.
mod worked_example;
