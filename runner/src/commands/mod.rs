//! One module per `cargo kata` command.

pub mod check;
pub mod doctor;
pub mod hint;
pub mod list;
pub mod prepare;
pub mod reset;
pub mod snapshot;
pub mod solve;
pub mod verify;
pub mod watch;
