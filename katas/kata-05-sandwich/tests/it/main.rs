//! Kata 05's tests: one test binary, one module per direction of the
//! sandwich, and the helpers they share.
//!
//! Run one direction at a time with a filter:
//! `cargo test -p kata-05 from_above`, `... from_below`, `... then_all_real`.

// Given complete. Until your tests use them, the compiler would call their
// items unused.
#[allow(dead_code)]
mod helpers;
#[allow(dead_code)]
mod stubs;

// ANCHOR: modules
// 1. The order service from above: the real top layer over it, stubs below.
mod from_above;
// 2. The real lower layers from below, with the test as their driver.
mod from_below;
// 3. Then every layer real, together.
mod then_all_real;
// ANCHOR_END: modules
