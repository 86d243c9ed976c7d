//! One module per `cargo kata` command.

pub mod check;
pub mod dev;
pub mod doctor;
pub mod hint;
pub mod list;
pub mod prepare;
pub mod reset;
pub mod solve;
pub mod watch;
