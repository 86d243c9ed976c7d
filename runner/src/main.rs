//! `cargo kata`: the course tool. See README.md for the commands.
//!
//! Every failure is reported as one clear `error:` line (with its causes
//! below it) and a non-zero exit; the runner never panics on bad input.

mod agendas;
mod backup;
mod book;
mod build;
mod cargo;
mod classroom;
mod commands;
mod course;
mod dependencies;
mod disk;
mod evaluate;
mod file_watch;
mod files;
mod keys;
mod layout;
mod learner_state;
mod limits;
mod mutants;
mod patches;
mod process;

mod report;
mod scratch;
mod self_copy;
mod solutions;
mod starters;

mod steps;
mod test_run;
mod timings;
mod toolchain;
mod ui;

use std::io::IsTerminal;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

use crate::course::Course;

#[derive(Parser)]
#[command(
    name = "cargo kata",
    bin_name = "cargo kata",
    about = "Run, check and reset the katas of the integration-testing course",
    after_help = "With no command, `cargo kata` goes on with the current kata: it watches it on a \
                  terminal, and checks it once elsewhere. The current kata is the one you are \
                  working on (the last one you checked) until it is done, then the first kata \
                  of the course that is not done; a kata id you type always wins."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

/// A kata, as a learner types it.
const ID_HELP: &str = "A kata id such as 03 (or 3, kata-03, the folder name)";
const CURRENT_ID_HELP: &str =
    "A kata id such as 03 (or 3, kata-03, the folder name); the current kata when left out";

#[derive(Subcommand)]
enum Command {
    /// Every kata with its status, kind, estimated time and chapter.
    List,
    /// Run a kata's tests and say what to do next.
    Check {
        #[arg(help = CURRENT_ID_HELP)]
        id: Option<String>,
    },
    /// Check a kata again each time you save a file in it.
    Watch {
        #[arg(help = CURRENT_ID_HELP)]
        id: Option<String>,
        /// Check again only when you press r, for file systems that send no file events.
        #[arg(long)]
        manual: bool,
    },
    /// Show the next hint for a kata, from a nudge to nearly the answer.
    Hint {
        #[arg(help = ID_HELP)]
        id: String,
    },
    /// Put a kata back to its starter; your files are backed up first.
    Reset {
        #[arg(help = ID_HELP)]
        id: String,
    },
    /// Replace a kata with its reference solution; your files are backed up first.
    Solve {
        #[arg(help = ID_HELP)]
        id: String,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
    /// (Workshops) Is this machine ready for the course, offline? One line per check.
    Doctor,
    /// (Workshops) Fetch and build everything ahead of the day, so the course runs offline.
    Prepare {
        /// Do not install mdBook, even if it is missing.
        #[arg(long)]
        no_mdbook: bool,
    },
    /// (Workshops) The instructor's live grid of who is stuck where: `classroom serve`.
    #[command(subcommand)]
    Classroom(commands::classroom::Classroom),
    /// (Workshops) Join the instructor's classroom: each check then reports its status (never code).
    Join {
        /// What the instructor's `cargo kata classroom serve` prints, such as K7QXMP@192.168.1.20:7878
        address: String,
        /// Your name, as the instructor's page shows it.
        #[arg(long)]
        name: String,
    },
    /// (Workshops) Leave the classroom: checks are no longer reported.
    Leave,
    /// (Maintainers) Prove the course, record starters, make mutants.
    #[command(subcommand)]
    Dev(Dev),
}

#[derive(Subcommand)]
enum Dev {
    /// Prove the course: starters fail, solutions pass, mutants are caught, the book is whole.
    Verify {
        /// Verify only this kata (the course-wide checks always run).
        id: Option<String>,
        /// Treat a kata folder that differs from its recorded starter as a failure (on when CI is set).
        #[arg(long)]
        strict: bool,
    },
    /// Record kata folders as their starters, after changing a starter on purpose.
    Snapshot { id: Option<String> },
    /// Put a solved copy of a kata in a scratch folder (to make a mutant in) and print its path.
    Scratch {
        id: String,
        /// Start from this mutant instead of the plain solution.
        #[arg(long)]
        mutant: Option<String>,
        /// Start over, dropping edits in the copy that were not recorded.
        #[arg(long)]
        fresh: bool,
    },
    /// Record the edits made in the scratch copy as the mutant NAME.
    Record {
        id: String,
        name: String,
        /// For a new mutant: the words that finish "your tests still pass when …".
        #[arg(long)]
        description: Option<String>,
    },
    /// Re-record every mutant of a kata against its current solution.
    Rerecord { id: String },
    /// Run cargo-mutants on the solved kata, to find what its reference tests miss.
    Mutants { id: String },
    /// Write the instructor guide's agendas, computed from course.toml.
    Agendas,
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// Exits with 1, and no `error:` line, when `check` finds the kata not done
/// yet or `doctor` finds the machine not ready: that is news, not a failure
/// of the runner.
fn run_dev(course: &Course, dev: Dev) -> Result<()> {
    use commands::dev;
    match dev {
        Dev::Verify { id, strict } => {
            let strict =
                strict || std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false");
            let options = dev::verify::Options { only: id, strict };
            dev::verify::run(course, &options).map(|_| ())
        }
        Dev::Snapshot { id } => dev::snapshot::run(course, id.as_deref()),
        Dev::Scratch { id, mutant, fresh } => {
            dev::scratch::run(course, &id, mutant.as_deref(), fresh)
        }
        Dev::Record {
            id,
            name,
            description,
        } => dev::record::run(course, &id, &name, description.as_deref()),
        Dev::Rerecord { id } => dev::rerecord::run(course, &id),
        Dev::Mutants { id } => dev::cargo_mutants::run(course, &id),
        Dev::Agendas => dev::agendas::run(course),
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    let here = std::env::current_dir().context("cannot tell which folder this is")?;
    let course = Course::discover(&here)?;
    self_copy::refresh(&course);
    let done = match cli.command {
        // Where the learner left off: watch on a terminal, a single check elsewhere.
        None if std::io::stdin().is_terminal() => {
            commands::watch::run(&course, None, false).map(|()| true)?
        }
        None => commands::check::run(&course, None)?,
        Some(Command::Watch { id, manual }) => {
            commands::watch::run(&course, id.as_deref(), manual).map(|()| true)?
        }
        Some(Command::Doctor) => commands::doctor::run(&course)?,
        Some(Command::Prepare { no_mdbook }) => {
            commands::prepare::run(&course, no_mdbook).map(|()| true)?
        }
        Some(Command::Classroom(command)) => {
            commands::classroom::run(&course, command).map(|()| true)?
        }
        Some(Command::Join { address, name }) => {
            commands::join::run(&course, &address, &name).map(|()| true)?
        }
        Some(Command::Leave) => commands::leave::run(&course).map(|()| true)?,
        Some(Command::Check { id }) => commands::check::run(&course, id.as_deref())?,
        Some(Command::List) => commands::list::run(&course).map(|()| true)?,
        Some(Command::Hint { id }) => commands::hint::run(&course, &id).map(|()| true)?,
        Some(Command::Reset { id }) => commands::reset::run(&course, &id).map(|()| true)?,
        Some(Command::Solve { id, yes }) => {
            commands::solve::run(&course, &id, yes).map(|()| true)?
        }
        Some(Command::Dev(dev)) => run_dev(&course, dev).map(|()| true)?,
    };
    Ok(if done {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
