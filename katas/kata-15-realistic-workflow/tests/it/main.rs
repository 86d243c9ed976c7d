//! Kata 15's tests: the whole shop, from the outside, in one test binary.
//!
//! - `app.rs`: `TestApp`, a real shop of its own for each test (**you
//!   write it**, step 1);
//! - `fixtures.rs`: the catalog every `TestApp` starts with (given);
//! - `example.rs`: a worked example of a workflow test (given);
//! - `smoke_target.rs` and `smoke.rs`: the smoke suite, a few fast checks
//!   that can run against any shop, here or deployed (the first check is
//!   given; you write the other two, steps 2 and 3);
//! - `buying.rs`, `paying.rs`, `order_life.rs`: the end-to-end tests, one
//!   scenario each (you write them, steps 4 to 11).
//!
//! Add any helpers you want, in files of their own: list them here.

mod app;
mod fixtures;

mod example;
mod smoke;
mod smoke_target;

mod buying;
mod order_life;
mod paying;
