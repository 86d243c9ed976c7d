//! Kata 03's integration tests, one module per phase of top-down
//! integration, in the order they are meant to pass:
//!
//! 1. `phase_1_controller`: the real controller over a stub order service;
//! 2. `phase_2_service`: the real controller and checkout over a stub
//!    inventory and a stub payment gateway;
//! 3. `phase_3_all_real`: every layer real, and the stubs checked against
//!    the real things.
//!
//! Run one phase at a time: `cargo test -p kata-03 phase_1`. The stubs are
//! yours to write, in `stubs.rs`; the phases and the helpers are given, and
//! so is `earlier_phases`, which keeps phase 3 waiting until phases 1 and 2
//! pass.

mod earlier_phases;
mod helpers;
mod stubs;

// ANCHOR: phases
mod phase_1_controller;
mod phase_2_service;
mod phase_3_all_real;
// ANCHOR_END: phases
