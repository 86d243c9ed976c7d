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
pub mod quiz;
pub mod reset;
pub mod restore;
pub mod solve;
pub mod watch;

use std::io::IsTerminal;

use anyhow::Result;

use crate::cli::Command;
use crate::course::Course;
use crate::verdict::Verdict;

/// Runs a command of `cargo kata`; with none, goes on with the current kata:
/// a watch on a terminal, a single check elsewhere.
pub fn run(course: &Course, command: Option<Command>) -> Result<Verdict> {
    let Some(command) = command else {
        return if std::io::stdin().is_terminal() {
            watch::run(course, None, false)
        } else {
            check::run(course, None)
        };
    };
    match command {
        Command::List => list::run(course),
        Command::Check { id } => check::run(course, id.as_deref()),
        Command::Watch { id, manual } => watch::run(course, id.as_deref(), manual),
        Command::Hint { id, all } => hint::run(course, id.as_deref(), all),
        Command::Reset { id } => reset::run(course, &id),
        Command::Solve { id, yes } => solve::run(course, &id, yes),
        Command::Restore { id, backup, list } => restore::run(course, &id, backup.as_deref(), list),
        Command::Quiz {
            chapter,
            room,
            concept_check,
        } => {
            let which = if room {
                quiz::Which::Room
            } else if concept_check {
                quiz::Which::ConceptCheck
            } else {
                quiz::Which::Chapter(chapter.as_deref())
            };
            quiz::run(course, which)
        }
        Command::Doctor => doctor::run(course),
        Command::Prepare { no_mdbook } => prepare::run(course, no_mdbook),
        Command::Classroom(command) => classroom::run(course, command),
        Command::Join { address, name } => join::run(course, &address, &name),
        Command::Leave => leave::run(course),
        Command::Dev(dev) => dev.run(course),
    }
}
