//! `cargo kata`: the course tool. See README.md for the commands, `cli.rs`
//! for their definitions, and `verdict.rs` for the exit codes.
//!
//! Every failure is reported as one clear `error:` line (with its causes
//! below it) and a non-zero exit; the runner never panics on bad input.

mod agendas;
mod backup;
mod book;
mod build;
mod cargo;
mod check_screen;
mod classroom;
mod cli;
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

mod scratch;
mod self_copy;
mod solutions;
mod starters;

mod steps;
mod test_run;
mod timings;
mod toolchain;
mod ui;
mod verdict;

use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Parser;

use crate::cli::Cli;
use crate::course::Course;
use crate::verdict::Verdict;

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(verdict) => verdict.exit_code(),
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<Verdict> {
    let here = std::env::current_dir().context("cannot tell which folder this is")?;
    let course = Course::discover(&here)?;
    self_copy::refresh(&course);
    commands::run(&course, cli.command)
}
