//! Kata 07's integration tests: one test binary, with the user API called in
//! two ways.
//!
//! - In-process: the router is called as a plain function, with
//!   `tower::ServiceExt::oneshot`. No socket, no port, no client.
//! - Over HTTP: a real server on a port of its own (`TestApp`), called with
//!   a real HTTP client, `reqwest`.
//!
//! The helpers for both are in `helpers.rs`; you write `TestApp` there.

mod helpers;

// ANCHOR: modules
mod in_process;
mod over_http;
mod when_it_goes_wrong;
// ANCHOR_END: modules
