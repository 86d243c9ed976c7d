//! `cargo kata prepare`: everything a workshop needs, fetched and built ahead
//! of the day, so that it runs with the network off: every dependency (for
//! every platform, so a folder can be copied to another laptop), every
//! kata's tests built exactly as `cargo test -p kata-NN` builds them, and
//! mdBook. Says how long it took and how much disk it used.

use std::time::Instant;

use anyhow::{Result, bail};

use crate::build;
use crate::cargo::human_duration;
use crate::course::Course;
use crate::disk;
use crate::limits;
use crate::process::Output;
use crate::steps::Steps;
use crate::toolchain::{self, MDBOOK_VERSION};
use crate::ui::{self, GOOD};
use crate::verdict::Verdict;

pub fn run(course: &Course, skip_mdbook: bool) -> Result<Verdict> {
    let started = Instant::now();
    let target = course.cargo.target_dir()?.to_path_buf();
    let before = disk::size_of(&target);
    let install_mdbook =
        !skip_mdbook && toolchain::mdbook_version().as_deref() != Some(MDBOOK_VERSION);
    let mut steps = Steps::new(1 + course.katas.len() + usize::from(install_mdbook));

    steps.start("fetching every dependency (all platforms, so any laptop can copy this folder)");
    expect(
        course
            .cargo
            .run(&course.root, &["fetch", "--locked"], limits::BUILD)?,
        "cargo fetch",
    )?;
    steps.finish_step();

    // One kata at a time, as the learner builds it: a whole-workspace build
    // would leave some dependencies to be compiled again on the day. The
    // runner's mutant checks build into the same target and reuse these.
    let unbuilt = build::each_kata_offline(course, |kata| {
        steps.start(&format!("building kata {}", kata.id));
        steps.finish_step();
    })?;
    if let Some(build::Unbuilt { kata, why }) = unbuilt.first() {
        bail!("kata {} does not build:\n{why}", kata.id);
    }

    if install_mdbook {
        steps.start(&format!(
            "installing mdbook {MDBOOK_VERSION} (skip with --no-mdbook)"
        ));
        expect(
            course.cargo.run(
                &course.root,
                &["install", "mdbook", "--locked", "--version", MDBOOK_VERSION],
                limits::BUILD,
            )?,
            "cargo install mdbook",
        )?;
        steps.finish_step();
    }
    steps.finish();

    let after = disk::size_of(&target);
    anstream::println!(
        "{}",
        ui::status(
            GOOD,
            "Prepared",
            format!(
                "in {}, using {} more disk ({} in all). The course now works offline.",
                human_duration(started.elapsed()),
                disk::human(after.saturating_sub(before)),
                disk::human(after)
            )
        )
    );
    anstream::println!(
        "{}",
        ui::detail("`cargo kata doctor` checks that this machine is ready.")
    );
    Ok(Verdict::Done)
}

fn expect(output: Output, what: &str) -> Result<()> {
    if output.success() {
        Ok(())
    } else {
        bail!("{what} failed; its output ends with:\n{}", output.tail(15))
    }
}
