//! Given helpers for the scenarios: an HTTP client and two test doubles.
//!
//! They behave like the real thing, with one twist: they follow the
//! conditions of the harness's run (`harness/conditions.rs`). On a busy
//! machine the payment gateway is slow, and the mailer's thread gets no
//! time until the scenario looks for its email; when scenarios run at the
//! same time, their first HTTP requests wait for one another. That is how
//! the harness makes the worst case happen on every run, without a sleep.

pub mod gateway;
pub mod http;
pub mod transport;
