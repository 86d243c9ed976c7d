//! The runner's integration tests: the real `kata` binary, run against a
//! temporary copy of a tiny fixture course (`tests/fixtures/course`) and
//! against the course itself. One test binary, one module per concern.

mod helpers;

mod bad_input;
mod current_kata;
mod mutants;
mod output;
mod quiz;
mod reset_and_solve;
mod verify;
mod watch;
mod workshop;
