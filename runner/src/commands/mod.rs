//! One module per `cargo kata` command.

pub mod check;
pub mod classroom;
pub mod dev;
pub mod doctor;
pub mod hint;
pub mod join;
pub mod leave;
pub mod list;
pub mod prepare;
pub mod reset;
pub mod solve;
pub mod watch;
