//! One module per `cargo kata` command.

pub mod check;
pub mod hint;
pub mod list;
pub mod reset;
pub mod snapshot;
pub mod solve;
pub mod verify;
