//! `cargo kata check [NN]`: run a kata's tests as the learner left them, say
//! what fails in plain words, run the mutants of a write-the-tests kata, and
//! suggest the next step.

use anyhow::{Result, bail};

use crate::cargo;
use crate::course::{Course, Kata};
use crate::files;
use crate::progress::Progress;
use crate::scratch::Scratch;
use crate::test_report::Report;

/// Returns whether the kata is done.
pub fn run(course: &Course, id: Option<&str>) -> Result<bool> {
    let mut progress = Progress::load(course);
    let kata = match id {
        Some(id) => course.find(id)?,
        None => current(course, &progress)?,
    };
    let dir = course.kata_dir(kata);
    let tree = files::read_tree(&dir, &[]).map_err(|error| {
        anyhow::anyhow!(
            "{error:#}\nkata {} is missing or unreadable: `cargo kata reset {}` restores it",
            kata.id,
            kata.id
        )
    })?;
    println!(
        "kata {} · {} ({}, about {} min)",
        kata.id, kata.title, kata.kind, kata.minutes
    );

    let run = cargo::run(
        &course.root,
        &["test", "-p", &kata.package(), "--no-fail-fast"],
        None,
    )?;
    let report = Report::parse(&run.stdout, &run.stderr);
    let mut passed = run.success && explain(kata, &report);
    if !run.success {
        explain_failure(kata, &report, &run)?;
    }
    if passed && !kata.mutants.is_empty() {
        passed = run_mutants(course, kata, &tree)?;
    }
    progress.record_check(kata, &tree, passed);
    progress.save()?;
    if passed {
        match course.katas.iter().skip_while(|k| k.id != kata.id).nth(1) {
            Some(next) => println!(
                "\nkata {} is done. Next: kata {} · {}: read book/{}, then `cargo kata check {}`",
                kata.id, next.id, next.title, next.chapter, next.id
            ),
            None => println!(
                "\nkata {} is done, and it is the last one. Well done!",
                kata.id
            ),
        }
    }
    Ok(passed)
}

/// The first kata that is not done, or the last one when all are.
fn current<'a>(course: &'a Course, progress: &Progress) -> Result<&'a Kata> {
    let not_done = |kata: &&Kata| {
        files::read_tree(&course.kata_dir(kata), &[])
            .ok()
            .is_none_or(|tree| !progress.is_done(kata, &tree))
    };
    match course.katas.iter().find(not_done).or(course.katas.last()) {
        Some(kata) => Ok(kata),
        None => bail!("the course lists no katas"),
    }
}

fn explain(kata: &Kata, report: &Report) -> bool {
    if !report.ran_any() {
        println!(
            "  (no test ran: is the test file still there? `cargo kata reset {}` restores it)",
            kata.id
        );
        return false;
    }
    println!("  all {} tests pass", report.passed.len());
    true
}

fn explain_failure(kata: &Kata, report: &Report, run: &cargo::Run) -> Result<()> {
    if let Some(error) = &report.build_error
        && report.failed.is_empty()
    {
        println!("  the kata does not compile yet; cargo says:\n");
        for line in error.lines() {
            println!("    {line}");
        }
        println!(
            "\n  fix that first (`cargo test -p {}` shows every error)",
            kata.package()
        );
        return Ok(());
    }
    if report.failed.is_empty() {
        bail!(
            "`cargo test -p {}` failed without a failing test; its output ends:\n{}",
            kata.package(),
            run.tail(20)
        );
    }
    let total = report.failed.len() + report.passed.len();
    println!("  {} of {total} tests fail:", report.failed.len());
    for failure in &report.failed {
        println!("  - {}", failure.test);
        if let Some(reason) = &failure.reason {
            println!("      {reason}");
        }
    }
    println!(
        "\n  Start with the first one: `cargo test -p {} {}` shows all it printed.\n  Stuck? `cargo kata hint {}`; the chapter is book/{}",
        kata.package(),
        report.failed[0].test,
        kata.id,
        kata.chapter
    );
    Ok(())
}

/// Runs the learner's tests against each mutant in a scratch workspace.
/// Returns whether every mutant was caught.
fn run_mutants(course: &Course, kata: &Kata, tree: &files::Tree) -> Result<bool> {
    println!("\n  Your tests pass on the real system. Now against the broken versions:");
    let scratch = Scratch::new(course, "kata-check")?;
    let mut survivors = 0;
    for mutant in &kata.mutants {
        let mut mutated = tree.clone();
        mutated.extend(files::read_tree(&course.mutant_dir(kata, mutant), &[])?);
        let dir = scratch.workspace(kata, &mutated)?;
        let run = scratch.cargo(&dir, &["test", "--no-fail-fast"])?;
        let report = Report::parse(&run.stdout, &run.stderr);
        if run.success {
            survivors += 1;
            println!(
                "  SURVIVED  your tests still pass when {}",
                mutant.description
            );
        } else if let Some(first) = report.failed.first() {
            println!("  caught    {} (by {})", mutant.description, first.test);
        } else {
            bail!(
                "your tests could not be run against the version where {}; cargo said:\n{}",
                mutant.description,
                run.tail(20)
            );
        }
    }
    if survivors > 0 {
        println!(
            "\n  {survivors} of {} broken versions get past your tests: add assertions that would notice.",
            kata.mutants.len()
        );
    }
    Ok(survivors == 0)
}
