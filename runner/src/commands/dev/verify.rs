//! `cargo kata dev verify`: the maintainer's proof that the course is sound
//! (`cargo test` at the root runs it, through `runner/tests/self_check.rs`).
//!
//! For every kata, in scratch workspaces (never in `katas/`): the recorded
//! starter builds warning-free (clippy's lints included) and its tests fail;
//! the solution overlay is rustfmt- and clippy-clean and its tests pass; then,
//! only if they pass (the baseline), every mutant applies, builds and makes
//! the solution's tests fail. Then the course as a whole: the manifest and the
//! folders agree, the book links every kata and every include resolves.

use std::time::{Duration, Instant};

use anyhow::{Result, bail};

use crate::agendas;
use crate::book;
use crate::build::Lints;
use crate::cargo::human_duration;
use crate::course::{Course, KATAS_DIR, Kata, Kind, PATCH_EXTENSION, SOLUTIONS_DIR, STARTERS_DIR};
use crate::files::{self, Tree};
use crate::mutants;
use crate::patches;
use crate::scratch::Scratch;
use crate::solutions;
use crate::starters;
use crate::steps::Steps;
use crate::test_run::{self, Found, Plan};
use crate::ui::{self, BAD, BOLD, GOOD, NOTE};

/// How many lines of output a failure shows.
const TAIL: usize = 30;
/// A reference solution's tests, or a starter's, on a loaded CI machine.
const BASELINE_LIMIT: Duration = Duration::from_secs(120);

pub struct Options {
    /// Only this kata (the course-wide checks always run).
    pub only: Option<String>,
    /// A kata folder that differs from its recorded starter is a failure,
    /// not a note. On by default in CI.
    pub strict: bool,
}

/// What verify proved, for its last lines and for the self-check's verdict.
#[derive(Debug, Default)]
pub struct Summary {
    pub katas: usize,
    pub starters_failing: usize,
    pub solutions_passing: usize,
    pub mutants: usize,
    pub mutants_killed: usize,
    pub includes: usize,
    pub checks_passed: usize,
    pub failed: Vec<String>,
    pub per_kata: Vec<(String, Duration)>,
    pub elapsed: Duration,
}

struct Tally {
    summary: Summary,
    /// The progress bar on a terminal; every line goes through it.
    steps: Steps,
}

impl Tally {
    fn ok(&mut self, what: impl AsRef<str>) {
        self.summary.checks_passed += 1;
        self.steps
            .println(&format!("  {}    {}", ui::paint(GOOD, "ok"), what.as_ref()));
    }

    fn fail(&mut self, subject: &str, what: impl AsRef<str>, detail: &str) {
        let what = what.as_ref();
        self.steps
            .println(&format!("  {}  {what}", ui::paint(BAD, "FAIL")));
        for line in detail.lines() {
            self.steps.println(&format!("        | {line}"));
        }
        self.summary.failed.push(format!("{subject}: {what}"));
    }

    fn note(&self, what: impl AsRef<str>) {
        self.steps
            .println(&format!("  {}  {}", ui::paint(NOTE, "note"), what.as_ref()));
    }
}

pub fn run(course: &Course, options: &Options) -> Result<Summary> {
    let started = Instant::now();
    let katas: Vec<&Kata> = match &options.only {
        Some(id) => vec![course.find(id)?],
        None => course.katas.iter().collect(),
    };
    let scratch = Scratch::new(course, "kata-verify")?;
    let mut tally = Tally {
        summary: Summary {
            katas: katas.len(),
            ..Summary::default()
        },
        steps: Steps::new(katas.len() + 1),
    };
    for kata in katas {
        let kata_started = Instant::now();
        tally
            .steps
            .start(&format!("kata {} · {}", kata.id, kata.title));
        tally.steps.println(&ui::paint(
            BOLD,
            format!("kata {} · {} ({})", kata.id, kata.title, kata.kind),
        ));
        if let Err(error) = verify_kata(course, kata, &scratch, options, &mut tally) {
            tally.fail(
                &format!("kata {}", kata.id),
                "could not be verified",
                &format!("{error:#}"),
            );
        }
        let took = kata_started.elapsed();
        tally.steps.println(&ui::paint(
            NOTE,
            format!("  kata {} took {}", kata.id, human_duration(took)),
        ));
        tally.summary.per_kata.push((kata.id.clone(), took));
        tally.steps.finish_step();
    }
    tally.steps.start("the course and the book");
    tally.steps.println(&ui::paint(BOLD, "course"));
    verify_course(course, &mut tally)?;
    tally.steps.finish();

    let mut summary = tally.summary;
    summary.elapsed = started.elapsed();
    print_summary(&summary);
    if summary.failed.is_empty() {
        Ok(summary)
    } else {
        bail!(
            "the course is not sound:\n  {}",
            summary.failed.join("\n  ")
        )
    }
}

fn print_summary(summary: &Summary) {
    let times: Vec<String> = summary
        .per_kata
        .iter()
        .map(|(id, took)| format!("{id} {}", human_duration(*took)))
        .collect();
    println!("\ntime per kata: {}", times.join(" · "));
    println!(
        "verify: {} checks passed, {} failed, in {}",
        summary.checks_passed,
        summary.failed.len(),
        human_duration(summary.elapsed)
    );
    if summary.failed.is_empty() {
        println!("{}", summary.verdict());
    }
}

impl Summary {
    /// What was proved, in a sentence a person reads.
    pub fn verdict(&self) -> String {
        format!(
            "The course is sound: {} katas; {} starters build cleanly and fail, {} solutions \
             are clean and pass, {} of {} mutants are caught by the reference tests, and {} \
             book includes resolve ({}).",
            self.katas,
            self.starters_failing,
            self.solutions_passing,
            self.mutants_killed,
            self.mutants,
            self.includes,
            human_duration(self.elapsed)
        )
    }
}

fn verify_kata(
    course: &Course,
    kata: &Kata,
    scratch: &Scratch,
    options: &Options,
    tally: &mut Tally,
) -> Result<()> {
    let subject = format!("kata {}", kata.id);
    let starter = starters::load(course, kata)?;
    check_learner_folder(course, kata, options, tally);
    check_package_name(kata, &starter, tally);

    // The starter: it builds without a warning, and its tests fail.
    let dir = scratch.workspace(kata, &starter)?;
    let build = scratch.build(&dir, Lints::Clippy)?;
    if build.succeeded() && build.warnings.is_empty() {
        tally.ok("starter builds with no warnings (clippy included)");
    } else if build.succeeded() {
        tally.fail(
            &subject,
            format!("starter builds with {} warning(s)", build.warnings.len()),
            &build.warnings.join("\n"),
        );
    }
    match test_run::run(&build, &Plan::new(BASELINE_LIMIT))?.found {
        Found::Failed {
            failures, passed, ..
        } => {
            tally.summary.starters_failing += 1;
            tally.ok(format!(
                "starter tests fail, as they should ({} of {} fail)",
                failures.len(),
                failures.len() + passed
            ));
        }
        Found::Passed { .. } => tally.fail(
            &subject,
            "starter tests pass: the learner has nothing to do",
            "",
        ),
        Found::DidNotBuild { error } => tally.fail(&subject, "starter does not build", &error),
        other => tally.fail(&subject, "starter tests do not run", &describe(&other)),
    }

    // The solution: starter plus overlay, clean and green.
    let overlay = solutions::overlay(course, kata)?;
    check_overlay_differs(&subject, &overlay, &starter, tally);
    let solved = solutions::solved(course, kata)?;
    let dir = scratch.workspace(kata, &solved)?;
    let fmt = scratch.fmt_check(&dir)?;
    let build = scratch.build(&dir, Lints::Clippy)?;
    if !fmt.success() {
        tally.fail(&subject, "solution is not rustfmt-clean", &fmt.tail(TAIL));
    } else if !build.warnings.is_empty() {
        tally.fail(
            &subject,
            format!("solution builds with {} warning(s)", build.warnings.len()),
            &build.warnings.join("\n"),
        );
    } else if build.succeeded() {
        tally.ok("solution is rustfmt-clean and clippy-clean");
    }
    let baseline = test_run::run(&build, &Plan::new(BASELINE_LIMIT))?;
    match &baseline.found {
        Found::Passed { tests } => {
            tally.summary.solutions_passing += 1;
            tally.ok(format!(
                "solution tests pass ({} tests, in {})",
                tests.len(),
                human_duration(baseline.elapsed)
            ));
        }
        Found::Failed { failures, .. } => {
            let names: Vec<&str> = failures.iter().map(|f| f.test.as_str()).collect();
            tally.fail(
                &subject,
                format!("solution tests fail: {}", names.join(", ")),
                &describe(&baseline.found),
            );
        }
        other => tally.fail(&subject, "solution tests do not pass", &describe(other)),
    }

    // The mutants, only over a green baseline, as cargo-mutants does.
    check_mutant_files(course, kata, &subject, tally)?;
    if kata.mutants.is_empty() {
        return Ok(());
    }
    tally.summary.mutants += kata.mutants.len();
    if !baseline.found.passed() {
        tally.fail(
            &subject,
            format!(
                "mutants not run ({}): the solution's tests must pass first",
                kata.mutants.len()
            ),
            "",
        );
        return Ok(());
    }
    for mutant in &kata.mutants {
        let what = format!("mutant `{}` ({})", mutant.name, mutant.description);
        let patch = mutants::patch_of(course, kata, mutant)?;
        let mutated = match patches::apply(&solved, &patch) {
            Ok(mutated) => mutated,
            Err(error) => {
                let error = mutants::no_longer_applies(kata, mutant, &error);
                tally.fail(
                    &subject,
                    format!("{what}: does not apply"),
                    &format!("{error:#}"),
                );
                continue;
            }
        };
        if let Err(problem) = check_patch_shape(&patch, &solved, &mutated) {
            tally.fail(&subject, format!("{what}: {problem}"), "");
            continue;
        }
        let run = mutants::run(scratch, kata, &mutated, baseline.elapsed)?;
        match run.found {
            Found::Passed { .. } => tally.fail(
                &subject,
                format!("{what}: survived; the solution's tests still pass with it"),
                "",
            ),
            Found::DidNotBuild { error } => tally.fail(
                &subject,
                format!("{what}: does not build, so it proves nothing"),
                &error,
            ),
            Found::TimedOut {
                limit, unfinished, ..
            } => {
                tally.summary.mutants_killed += 1;
                tally.ok(format!(
                    "{what}: caught (timed out after {}: {} did not finish)",
                    human_duration(limit),
                    unfinished.join(", ")
                ));
            }
            found if found.noticed_a_bug() => {
                tally.summary.mutants_killed += 1;
                tally.ok(format!(
                    "{what}: caught by {}",
                    found.catchers().first().map_or("a crash", String::as_str)
                ));
            }
            other => tally.fail(&subject, format!("{what}: no test ran"), &describe(&other)),
        }
    }
    Ok(())
}

/// A mutant changes the system and nothing else, and changes something.
fn check_patch_shape(patch: &str, solved: &Tree, mutated: &Tree) -> Result<(), String> {
    let touched = patches::touched(patch).map_err(|error| error.to_string())?;
    if let Some(test) = touched.iter().find(|path| path.starts_with("tests/")) {
        return Err(format!(
            "it changes {test}; a mutant changes the system, never its tests"
        ));
    }
    if files::differences(solved, mutated).is_empty() {
        return Err("it changes nothing, so no test could catch it".into());
    }
    Ok(())
}

fn describe(found: &Found) -> String {
    match found {
        Found::Failed { failures, .. } => failures
            .iter()
            .map(|f| {
                format!(
                    "{}: {}",
                    f.test,
                    f.reason.as_deref().unwrap_or("(no message)")
                )
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Found::TimedOut {
            limit, unfinished, ..
        } => format!(
            "still running after {}: {}",
            human_duration(*limit),
            unfinished.join(", ")
        ),
        Found::Crashed { output } => output.clone(),
        Found::DidNotBuild { error } => error.clone(),
        Found::NoTests => "no test ran".into(),
        Found::Passed { .. } => String::new(),
    }
}

fn check_learner_folder(course: &Course, kata: &Kata, options: &Options, tally: &mut Tally) {
    let subject = format!("kata {}", kata.id);
    match starters::changes(course, kata, &course.kata_dir(kata)) {
        Ok(changed) if changed.is_empty() => tally.ok("katas/ matches the recorded starter"),
        Ok(changed) => {
            let what = format!(
                "katas/{} differs from its recorded starter in {}",
                kata.folder,
                changed.join(", ")
            );
            if options.strict {
                let advice = format!(
                    "if the change is meant, record it: `cargo kata dev snapshot {}`",
                    kata.id
                );
                tally.fail(&subject, what, &advice);
            } else {
                tally.note(format!(
                    "{what} (a learner's work, or a change to record with `cargo kata dev snapshot {}`); verifying the recorded starter",
                    kata.id
                ));
            }
        }
        Err(error) => tally.fail(
            &subject,
            "katas/ folder cannot be read",
            &format!("{error:#}"),
        ),
    }
}

fn check_package_name(kata: &Kata, starter: &Tree, tally: &mut Tally) {
    let expected = kata.package();
    let name = starter
        .get("Cargo.toml")
        .and_then(|bytes| toml::from_str::<toml::Table>(&String::from_utf8_lossy(bytes)).ok())
        .and_then(|manifest| {
            manifest
                .get("package")?
                .get("name")?
                .as_str()
                .map(str::to_string)
        });
    match name {
        Some(name) if name == expected => tally.ok(format!("package is named {expected}")),
        other => tally.fail(
            &format!("kata {}", kata.id),
            format!("package must be named {expected}, found {other:?}"),
            "",
        ),
    }
}

/// An overlay holds only files that differ from what it is laid on, so that
/// each file has one copy and a reader sees at once what changed.
fn check_overlay_differs(subject: &str, overlay: &Tree, base: &Tree, tally: &mut Tally) {
    if overlay.is_empty() {
        tally.fail(subject, "solution overlay is empty", "");
        return;
    }
    let unchanged: Vec<&str> = overlay
        .iter()
        .filter(|(path, bytes)| {
            base.get(*path)
                .is_some_and(|b| files::same_contents(b, bytes))
        })
        .map(|(path, _)| path.as_str())
        .collect();
    if !unchanged.is_empty() {
        tally.fail(
            subject,
            format!(
                "solution overlay repeats files unchanged: {}",
                unchanged.join(", ")
            ),
            "remove them from the overlay",
        );
    }
}

/// The mutants folder holds one patch per listed mutant, and nothing else.
fn check_mutant_files(
    course: &Course,
    kata: &Kata,
    subject: &str,
    tally: &mut Tally,
) -> Result<()> {
    let dir = course.mutants_dir(kata);
    let on_disk = entry_names(&dir)?;
    let listed: Vec<String> = kata
        .mutants
        .iter()
        .map(|m| format!("{}.{PATCH_EXTENSION}", m.name))
        .collect();
    for name in &on_disk {
        if !listed.contains(name) {
            tally.fail(
                subject,
                format!(
                    "solutions/{}/mutants/{name} is not a mutant listed in course.toml",
                    kata.folder
                ),
                "a mutant is a `<name>.patch` with an entry `[[kata.mutants]] name = \"<name>\"`",
            );
        }
    }
    for name in &listed {
        if !on_disk.contains(name) {
            tally.fail(
                subject,
                format!(
                    "mutant patch {name} is missing from solutions/{}/mutants/",
                    kata.folder
                ),
                "",
            );
        }
    }
    if kata.kind == Kind::MakeItPass && !kata.mutants.is_empty() {
        tally.note("a make-it-pass kata with mutants: check runs them like a write-the-tests kata");
    }
    Ok(())
}

/// A crate of the book's examples: clippy-clean, and its tests pass without
/// writing a snapshot.
fn verify_example(course: &Course, package: &str, tally: &mut Tally) -> Result<()> {
    let build =
        crate::build::build_tests(&course.cargo, &course.root, Some(package), Lints::Clippy)?;
    let mut plan = Plan::new(BASELINE_LIMIT);
    plan.env.push(("INSTA_UPDATE", "no"));
    let run = test_run::run(&build, &plan)?;
    match (&run.found, build.warnings.is_empty()) {
        (Found::Passed { tests }, true) => tally.ok(format!(
            "the book's examples in {package} are clippy-clean and pass ({} tests)",
            tests.len()
        )),
        (Found::Passed { .. }, false) => tally.fail(
            "book",
            format!("{package} builds with {} warning(s)", build.warnings.len()),
            &build.warnings.join("\n"),
        ),
        (other, _) => tally.fail(
            "book",
            format!("the book's examples in {package} do not pass"),
            &describe(other),
        ),
    }
    Ok(())
}

/// The names of the files and folders in `dir`, none if it does not exist.
fn entry_names(dir: &std::path::Path) -> Result<Vec<String>> {
    if !dir.exists() {
        return Ok(Vec::new());
    }
    let mut names = Vec::new();
    for entry in fs_err::read_dir(dir)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if !name.starts_with('.') {
            names.push(name);
        }
    }
    names.sort();
    Ok(names)
}

fn verify_course(course: &Course, tally: &mut Tally) -> Result<()> {
    let folders: Vec<&str> = course.katas.iter().map(|k| k.folder.as_str()).collect();
    let mut strays = Vec::new();
    // Each folder of katas/ and solutions/, and each file of starters/, belongs to a kata.
    for (dir, suffix) in [
        (KATAS_DIR, ""),
        (SOLUTIONS_DIR, ""),
        (STARTERS_DIR, ".toml"),
    ] {
        for entry in entry_names(&course.root.join(dir))? {
            let belongs = entry
                .strip_suffix(suffix)
                .is_some_and(|name| folders.contains(&name));
            if !belongs {
                strays.push(format!("{dir}/{entry} belongs to no kata in course.toml"));
            }
        }
    }
    for kata in &course.katas {
        for (what, path) in [
            ("kata folder", course.kata_dir(kata)),
            ("solution", course.solution_dir(kata)),
        ] {
            if !path.is_dir() {
                strays.push(format!(
                    "kata {} has no {what} at {}",
                    kata.id,
                    path.display()
                ));
            }
        }
    }
    if strays.is_empty() {
        tally.ok("course.toml and the katas/, solutions/ and starters/ folders agree");
    } else {
        tally.fail(
            "course",
            "course.toml and the folders disagree",
            &strays.join("\n"),
        );
    }

    match book::chapter_problems(course) {
        Ok(problems) if problems.is_empty() => {
            tally.ok("the book has a chapter for every kata, linked from SUMMARY.md");
        }
        Ok(problems) => tally.fail(
            "book",
            "chapters are missing or incomplete",
            &problems.join("\n"),
        ),
        Err(error) => tally.fail("book", "the book cannot be read", &format!("{error:#}")),
    }
    for package in &course.examples {
        verify_example(course, package, tally)?;
    }
    match agendas::problems(course) {
        Ok(problems) if problems.is_empty() => {
            if course.workshop.is_some() {
                tally.ok("the instructor guide's agendas add up, from course.toml");
            }
        }
        Ok(problems) => tally.fail("book", "the agendas do not add up", &problems.join("\n")),
        Err(error) => tally.fail(
            "book",
            "the agendas cannot be checked",
            &format!("{error:#}"),
        ),
    }
    match book::include_problems(course) {
        Ok((count, problems)) if problems.is_empty() => {
            tally.summary.includes = count;
            tally.ok(format!(
                "every {{{{#include}}}} in the book resolves ({count} includes)"
            ));
        }
        Ok((_, problems)) => {
            tally.fail("book", "includes that do not resolve", &problems.join("\n"))
        }
        Err(error) => tally.fail("book", "the book cannot be read", &format!("{error:#}")),
    }
    Ok(())
}
