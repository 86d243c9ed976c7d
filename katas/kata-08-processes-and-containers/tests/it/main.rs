//! Kata 08's integration tests. Each test starts the real `stock-service`
//! binary as a child process, through the fixture in `server.rs`, and talks to
//! it over HTTP on 127.0.0.1.
//!
//! The fixture is yours to write (`server.rs`); the tests and the two helper
//! modules are given. Run one group at a time while you work:
//! `cargo test -p kata-08 starting`, then `isolation`, `persistence`,
//! `teardown`.

// Given helpers.
mod http;
mod process;

// The fixture: yours.
mod server;

// The tests, one module per group.
mod command_line;
mod isolation;
mod persistence;
mod starting;
mod teardown;
