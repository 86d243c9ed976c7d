//! Kata 16's tests, in one test binary.
//!
//! Given, and passing:
//! - `example.rs`: chapter 17's example, on the dock (`src/dock.rs`): a
//!   property, the failure the book shows, and a state-machine test;
//! - `with_macros.rs`: the same dock tests with proptest's macros, as the
//!   book shows them (compiled, never run);
//! - `harness.rs`: how every property runs (`config`, `check` and
//!   `check_state_machine`), and the shop under test, driven step by step
//!   and read back;
//! - `fixtures.rs`: the catalog every run starts with;
//! - `generators.rs`: the steps a run is made of, and how they are drawn;
//! - `machine.rs`: the state-machine test that ties it all together.
//!
//! Yours to write:
//! - `model.rs`: the model's prices (step 1) and its rules (step 2);
//! - `pricing.rs`: a property of any cart's totals (step 1);
//! - `properties.rs`: what must hold after every step (steps 3 to 5).

mod fixtures;
mod generators;
mod harness;

mod example;
mod machine;
mod model;
mod pricing;
mod properties;
mod with_macros;
