//! The maintainer's commands, `cargo kata dev …`, kept apart from the
//! learner's: proving the course, recording starters, and making mutants.

pub mod agendas;
pub mod cargo_mutants;
pub mod record;
pub mod rerecord;
pub mod scratch;
pub mod snapshot;
pub mod verify;
