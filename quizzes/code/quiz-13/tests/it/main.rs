//! The gift-card desk's tests, one test binary. Every test runs on tokio's
//! paused clock, so that minutes of retries take no time and every run ends
//! the same way.
//!
//! - `retries`: a relay that refuses, and when the desk asks it again;
//! - `waiting`: what a test waits for before it looks (some of these are
//!   ignored demonstrations, which the quiz runs with `--include-ignored`);
//! - `closing`: closing the desk, then reading everything it announced.

mod closing;
mod retries;
mod support;
mod waiting;
