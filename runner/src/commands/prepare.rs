//! `cargo kata prepare`: everything a workshop needs, fetched and built ahead
//! of the day, so that it runs with the network off: every dependency, every
//! kata's tests, the scratch builds that `check` uses for mutants, and mdBook.
//! Says how long it took and how much disk it used.

use std::time::Instant;

use anyhow::{Result, bail};

use crate::cargo::{self, Run};
use crate::commands::doctor::target_dir;
use crate::course::Course;
use crate::disk;
use crate::scratch::Scratch;
use crate::starters;
use crate::steps::Steps;
use crate::toolchain::{self, MDBOOK_VERSION};
use crate::ui::{self, GOOD};

pub fn run(course: &Course, skip_mdbook: bool) -> Result<()> {
    let started = Instant::now();
    let target = target_dir(course);
    let before = disk::size_of(&target) + disk::size_of(&course.scratch_dir("kata-check"));
    let with_mutants: Vec<_> = course
        .katas
        .iter()
        .filter(|k| !k.mutants.is_empty())
        .collect();
    let install_mdbook =
        !skip_mdbook && toolchain::mdbook_version().as_deref() != Some(MDBOOK_VERSION);
    let mut steps = Steps::new(2 + with_mutants.len() + usize::from(install_mdbook));

    steps.start("fetching every dependency (all platforms, so any laptop can copy this folder)");
    expect(
        cargo::run(&course.root, &["fetch", "--locked"], None)?,
        "cargo fetch",
    )?;
    steps.finish_step();

    steps.start("building every kata's tests");
    expect(
        cargo::run(&course.root, &["test", "--workspace", "--no-run"], None)?,
        "cargo test --workspace --no-run",
    )?;
    steps.finish_step();

    // `check` runs a write-the-tests kata's mutants in a scratch workspace
    // with a target directory of its own: build its dependencies now.
    let scratch = Scratch::new(course, "kata-check")?;
    for kata in &with_mutants {
        steps.start(&format!("building the mutant checks of kata {}", kata.id));
        let dir = scratch.workspace(kata, &starters::load(course, kata)?)?;
        expect(
            scratch.cargo(&dir, &["test", "--no-run"])?,
            "the mutant checks' build",
        )?;
        steps.finish_step();
    }

    if install_mdbook {
        steps.start(&format!(
            "installing mdbook {MDBOOK_VERSION} (skip with --no-mdbook)"
        ));
        let version = MDBOOK_VERSION;
        expect(
            cargo::run(
                &course.root,
                &["install", "mdbook", "--locked", "--version", version],
                None,
            )?,
            "cargo install mdbook",
        )?;
        steps.finish_step();
    }
    steps.finish();

    let after = disk::size_of(&target) + disk::size_of(&course.scratch_dir("kata-check"));
    let seconds = started.elapsed().as_secs();
    anstream::println!(
        "{}",
        ui::status(
            GOOD,
            "Prepared",
            format!(
                "in {}m {:02}s, using {} more disk ({} in all). The course now works offline.",
                seconds / 60,
                seconds % 60,
                disk::human(after.saturating_sub(before)),
                disk::human(after)
            )
        )
    );
    anstream::println!(
        "{}",
        ui::detail("`cargo kata doctor` checks that this machine is ready.")
    );
    Ok(())
}

fn expect(run: Run, what: &str) -> Result<()> {
    if run.success {
        Ok(())
    } else {
        bail!("{what} failed; its output ends with:\n{}", run.tail(15))
    }
}
