//! The returns service's tests, the sandwich way: from above (the real top
//! and service over stubs), from below (the test drives the real parts
//! through the contract), then all real.

mod helpers;
mod stubs;

mod from_above;
mod from_below;
mod then_all_real;
