//! The tests of three parts of the shop, one test binary. The flaky ones are
//! ignored; the quiz runs each of them in the runs that make it fail every
//! time, and the fixed ones beside them.
//!
//! - `flags`: shipping, and feature flags kept in a `static`;
//! - `clock`: a quote stamped with the time, and the clock read twice;
//! - `at_once`: reports written to a path, with two copies of each test at
//!   the same time.

mod at_once;
mod clock;
mod flags;
