//! Kata 01's integration tests: one test binary, one module per cause of
//! integration failure, and the shared helpers in `helpers.rs`.
//!
//! Each test drives the whole shop through its public API, the way a caller
//! would. Read a failing test's message first: it names the cause and where to
//! look. Fix `src/shop.rs`, not these tests.

mod helpers;

// ANCHOR: modules
mod configuration;
mod external_systems;
mod integration_logic;
mod interface_mismatch;
mod timing;
// ANCHOR_END: modules
