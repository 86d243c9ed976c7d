//! The classroom's tests, written the way the course teaches: the real
//! server (`kata classroom serve --port 0`) with its real SQLite file in a
//! temporary course, the real runner as the learner's client against a real
//! kata in a scratch copy, insta snapshots of the JSON API and of what people
//! read, a contract between the runner's client and the server checked with
//! JSON Schemas from both sides (kata 11's way), and the instructor's page in
//! a real headless Chromium.
//!
//! `cargo test -p kata-runner --test classroom`. The load test is ignored:
//! `cargo test -p kata-runner --test classroom load -- --ignored --nocapture`.

// The fixture courses and the runner, shared with the `cli` tests.
#[allow(dead_code)]
#[path = "../cli/helpers.rs"]
mod helpers;

mod chromium;
mod room;

mod api;
mod contract;
mod doctor;
mod flood;
mod learner;
mod load;
mod page;
mod quiz;
mod restart;
mod security;
mod serve;
