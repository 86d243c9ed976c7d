//! `cargo kata verify`: the maintainer's proof that the course is sound.
//!
//! For every kata, in scratch workspaces (never in `katas/`): the recorded
//! starter builds warning-free and its tests fail; the solution overlay is
//! rustfmt- and clippy-clean and its tests pass; every mutant builds and makes
//! the solution's tests fail. Then the course as a whole: the manifest and the
//! folders agree, the book links every kata and every include resolves.

use std::fs;

use anyhow::{Result, bail};

use crate::book;
use crate::course::{Course, KATAS_DIR, Kata, Kind, MUTANTS_DIR, SOLUTIONS_DIR, STARTERS_DIR};
use crate::files::{self, Tree};
use crate::scratch::Scratch;
use crate::starters;
use crate::steps::Steps;
use crate::test_report::Report;
use crate::ui::{self, BAD, BOLD, GOOD, NOTE};

/// How many lines of cargo's output a failure shows.
const TAIL: usize = 30;

pub struct Options {
    /// Only this kata (the course-wide checks always run).
    pub only: Option<String>,
    /// A kata folder that differs from its recorded starter is a failure,
    /// not a note. On by default in CI.
    pub strict: bool,
}

struct Tally {
    passed: usize,
    failed: Vec<String>,
    /// The progress bar on a terminal; every line goes through it.
    steps: Steps,
}

impl Tally {
    fn ok(&mut self, what: impl AsRef<str>) {
        self.passed += 1;
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
        self.failed.push(format!("{subject}: {what}"));
    }

    fn note(&self, what: impl AsRef<str>) {
        self.steps
            .println(&format!("  {}  {}", ui::paint(NOTE, "note"), what.as_ref()));
    }
}

pub fn run(course: &Course, options: &Options) -> Result<()> {
    let katas: Vec<&Kata> = match &options.only {
        Some(id) => vec![course.find(id)?],
        None => course.katas.iter().collect(),
    };
    let scratch = Scratch::new(course, "kata-verify")?;
    let mut tally = Tally {
        passed: 0,
        failed: Vec::new(),
        steps: Steps::new(katas.len() + 1),
    };
    for kata in katas {
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
        tally.steps.finish_step();
    }
    tally.steps.start("the course and the book");
    tally.steps.println(&ui::paint(BOLD, "course"));
    verify_course(course, &mut tally)?;
    tally.steps.finish();

    println!(
        "\nverify: {} checks passed, {} failed",
        tally.passed,
        tally.failed.len()
    );
    if tally.failed.is_empty() {
        Ok(())
    } else {
        bail!("the course is not sound:\n  {}", tally.failed.join("\n  "))
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
                    "if the change is meant, record it: `cargo kata snapshot {}`",
                    kata.id
                );
                tally.fail(&subject, what, &advice);
            } else {
                tally.note(format!(
                    "{what} (a learner's work, or a change to record with `cargo kata snapshot {}`); verifying the recorded starter",
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
    check_package_name(kata, &starter, tally);

    // The starter: it builds without a warning, and its tests fail.
    let dir = scratch.workspace(kata, &starter)?;
    let clippy = scratch.cargo(&dir, &["clippy", "--all-targets", "--", "-D", "warnings"])?;
    if clippy.success {
        tally.ok("starter builds with no warnings (clippy included)");
    } else {
        tally.fail(
            &subject,
            "starter does not build warning-free",
            &clippy.tail(TAIL),
        );
    }
    match run_tests(scratch, &dir)? {
        Tests::Failed(report, _) => tally.ok(format!(
            "starter tests fail, as they should ({} of {} fail)",
            report.failed.len(),
            report.failed.len() + report.passed.len()
        )),
        Tests::Passed(_) => tally.fail(
            &subject,
            "starter tests pass: the learner has nothing to do",
            "",
        ),
        Tests::DidNotBuild(detail) => tally.fail(&subject, "starter tests do not build", &detail),
    }

    // The solution: starter plus overlay, clean and green.
    let overlay = files::read_tree(&course.solution_dir(kata), &[MUTANTS_DIR])?;
    check_overlay_differs(&subject, "solution", &overlay, &starter, tally);
    let mut solved = starter.clone();
    solved.extend(overlay);
    let dir = scratch.workspace(kata, &solved)?;
    let fmt = scratch.cargo(&dir, &["fmt", "--check", "--", "--color", "never"])?;
    let clippy = scratch.cargo(&dir, &["clippy", "--all-targets", "--", "-D", "warnings"])?;
    if fmt.success && clippy.success {
        tally.ok("solution is rustfmt-clean and clippy-clean");
    } else {
        let failed = if fmt.success { &clippy } else { &fmt };
        tally.fail(
            &subject,
            "solution is not rustfmt-clean and clippy-clean",
            &failed.tail(TAIL),
        );
    }
    match run_tests(scratch, &dir)? {
        Tests::Passed(report) => tally.ok(format!(
            "solution tests pass ({} tests)",
            report.passed.len()
        )),
        Tests::Failed(report, tail) => {
            let names: Vec<&str> = report.failed.iter().map(|f| f.test.as_str()).collect();
            tally.fail(
                &subject,
                format!("solution tests fail: {}", names.join(", ")),
                &format!("{}\n\ncargo's output ends:\n{tail}", report_detail(&report)),
            );
        }
        Tests::DidNotBuild(detail) => tally.fail(&subject, "solution does not build", &detail),
    }

    // The mutants: each one is caught by the solution's tests.
    check_mutant_folders(course, kata, &subject, tally)?;
    for mutant in &kata.mutants {
        let what = format!("mutant `{}` ({})", mutant.name, mutant.description);
        let overlay = files::read_tree(&course.mutant_dir(kata, mutant), &[])?;
        if let Some(path) = overlay.keys().find(|path| !path.starts_with("src/")) {
            tally.fail(
                &subject,
                &what,
                &format!("a mutant may change only src/, not {path}"),
            );
            continue;
        }
        check_overlay_differs(
            &subject,
            &format!("mutant `{}`", mutant.name),
            &overlay,
            &solved,
            tally,
        );
        check_mutant_is_small(&subject, &mutant.name, &overlay, &solved, tally);
        let mut mutated = solved.clone();
        mutated.extend(overlay);
        let dir = scratch.workspace(kata, &mutated)?;
        match run_tests(scratch, &dir)? {
            Tests::Failed(report, _) => {
                tally.ok(format!("{what}: caught by {} test(s)", report.failed.len()));
            }
            Tests::Passed(_) => tally.fail(
                &subject,
                format!("{what}: survived; the solution's tests still pass with it"),
                "",
            ),
            Tests::DidNotBuild(detail) => tally.fail(
                &subject,
                format!("{what}: does not build, so it proves nothing"),
                &detail,
            ),
        }
    }
    Ok(())
}

enum Tests {
    Passed(Report),
    /// The report, and the tail of what cargo printed.
    Failed(Report, String),
    DidNotBuild(String),
}

/// Builds first, so that a build failure is never taken for a failing test.
fn run_tests(scratch: &Scratch, dir: &std::path::Path) -> Result<Tests> {
    let build = scratch.cargo(dir, &["test", "--no-run"])?;
    if !build.success {
        return Ok(Tests::DidNotBuild(build.tail(TAIL)));
    }
    let run = scratch.cargo(dir, &["test", "--no-fail-fast"])?;
    let report = Report::parse(&run.stdout, &run.stderr);
    Ok(if run.success {
        Tests::Passed(report)
    } else if report.failed.is_empty() {
        // A crash, or a test binary that aborted: not a test that failed.
        Tests::DidNotBuild(run.tail(TAIL))
    } else {
        Tests::Failed(report, run.tail(TAIL))
    })
}

fn report_detail(report: &Report) -> String {
    report
        .failed
        .iter()
        .map(|f| {
            format!(
                "{}: {}",
                f.test,
                f.reason.as_deref().unwrap_or("(no message)")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
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
/// A mutant is one small bug. Its files are whole copies, so when a kata's
/// `src/` changes and its mutants are not made again from it, they quietly
/// revert the change as well: that shows as a mutant that differs in many
/// lines.
const MUTANT_MAX_CHANGED_LINES: usize = 40;

fn check_mutant_is_small(
    subject: &str,
    name: &str,
    overlay: &Tree,
    base: &Tree,
    tally: &mut Tally,
) {
    let changed: usize = overlay
        .iter()
        .map(|(path, bytes)| {
            files::changed_lines(base.get(path).map_or(&[][..], Vec::as_slice), bytes)
        })
        .sum();
    if changed > MUTANT_MAX_CHANGED_LINES {
        tally.fail(
            subject,
            format!("mutant `{name}` changes {changed} lines, more than one small bug"),
            "was src/ changed after the mutant was made? Make it again from the current file",
        );
    }
}

fn check_overlay_differs(
    subject: &str,
    name: &str,
    overlay: &Tree,
    base: &Tree,
    tally: &mut Tally,
) {
    if overlay.is_empty() {
        tally.fail(subject, format!("{name} overlay is empty"), "");
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
                "{name} overlay repeats files unchanged: {}",
                unchanged.join(", ")
            ),
            "remove them from the overlay",
        );
    }
}

fn check_mutant_folders(
    course: &Course,
    kata: &Kata,
    subject: &str,
    tally: &mut Tally,
) -> Result<()> {
    let dir = course.solution_dir(kata).join(MUTANTS_DIR);
    let on_disk = subfolders(&dir)?;
    let listed: Vec<&str> = kata.mutants.iter().map(|m| m.name.as_str()).collect();
    for name in &on_disk {
        if !listed.contains(&name.as_str()) {
            tally.fail(
                subject,
                format!("mutant folder `{name}` is not listed in course.toml"),
                "",
            );
        }
    }
    for name in listed {
        if !on_disk.iter().any(|n| n == name) {
            tally.fail(
                subject,
                format!("mutant `{name}` has no folder under {}", dir.display()),
                "",
            );
        }
    }
    if kata.kind == Kind::MakeItPass && !kata.mutants.is_empty() {
        tally.note("a make-it-pass kata with mutants: check runs them like a write-the-tests kata");
    }
    Ok(())
}

/// The names of the files and folders in `dir`, none if it does not exist.
fn entry_names(dir: &std::path::Path) -> Result<Vec<String>> {
    if !dir.exists() {
        return Ok(Vec::new());
    }
    let mut names = Vec::new();
    for entry in fs::read_dir(dir)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if !name.starts_with('.') {
            names.push(name);
        }
    }
    Ok(names)
}

fn subfolders(dir: &std::path::Path) -> Result<Vec<String>> {
    if !dir.exists() {
        return Ok(Vec::new());
    }
    let mut names = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        if entry.path().is_dir() {
            names.push(entry.file_name().to_string_lossy().into_owned());
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
    match book::include_problems(course) {
        Ok((count, problems)) if problems.is_empty() => {
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
