//! Checking a kata as the learner left it: its tests, and for a kata with
//! mutants, the learner's tests against each broken version of the system.
//! `check` and `watch` both show what this finds.

use anyhow::Result;

use crate::cargo;
use crate::course::{Course, Kata};
use crate::files::{self, Tree};
use crate::scratch::Scratch;
use crate::test_report::{Failure, Report};
use crate::ui::{self, BAD, GOOD, NOTE, WARN};

pub enum Tests {
    /// Every test passed; how many there were.
    Passed(usize),
    /// Some failed: the failures, and how many tests ran in all.
    Failed(Vec<Failure>, usize),
    /// The kata does not compile: cargo's first error.
    DidNotBuild(String),
    /// Cargo succeeded but no test ran: the test files are gone.
    NoneRan,
    /// Cargo failed without a failing test (a crash): the tail of its output.
    Broken(String),
}

pub enum MutantResult {
    Caught {
        by: String,
    },
    Survived,
    /// The learner's tests could not be run against it: cargo's output.
    Error(String),
}

pub struct Outcome {
    pub files: Tree,
    pub tests: Tests,
    /// For a kata with mutants whose tests pass: each mutant's description
    /// and what became of it. Empty otherwise.
    pub mutants: Vec<(String, MutantResult)>,
}

impl Outcome {
    pub fn is_done(&self) -> bool {
        matches!(self.tests, Tests::Passed(_))
            && self
                .mutants
                .iter()
                .all(|(_, result)| matches!(result, MutantResult::Caught { .. }))
    }
}

/// Runs the kata's tests in the course workspace; if they pass and the kata
/// has mutants, runs them against each mutant in a scratch workspace.
/// `progress` hears what is running, for a spinner or a status line.
pub fn evaluate(course: &Course, kata: &Kata, progress: &mut dyn FnMut(&str)) -> Result<Outcome> {
    let dir = course.kata_dir(kata);
    let files = files::read_tree(&dir, &[]).map_err(|error| {
        anyhow::anyhow!(
            "{error:#}\nkata {} is missing or unreadable: `cargo kata reset {}` restores it",
            kata.id,
            kata.id
        )
    })?;
    progress(&format!("the tests of kata {}", kata.id));
    let run = cargo::run(
        &course.root,
        &["test", "-p", &kata.package(), "--no-fail-fast"],
        None,
    )?;
    let report = Report::parse(&run.stdout, &run.stderr);
    let total = report.passed.len() + report.failed.len();
    let tests = if run.success && report.ran_any() {
        Tests::Passed(total)
    } else if run.success {
        Tests::NoneRan
    } else if !report.failed.is_empty() {
        Tests::Failed(report.failed, total)
    } else if let Some(error) = report.build_error {
        Tests::DidNotBuild(error)
    } else {
        Tests::Broken(run.tail(20))
    };

    let mut mutants = Vec::new();
    if matches!(tests, Tests::Passed(_)) && !kata.mutants.is_empty() {
        let scratch = Scratch::new(course, "kata-check")?;
        for (index, mutant) in kata.mutants.iter().enumerate() {
            progress(&format!(
                "your tests against broken version {} of {}",
                index + 1,
                kata.mutants.len()
            ));
            let mut mutated = files.clone();
            mutated.extend(files::read_tree(&course.mutant_dir(kata, mutant), &[])?);
            let dir = scratch.workspace(kata, &mutated)?;
            let run = scratch.cargo(&dir, &["test", "--no-fail-fast"])?;
            let report = Report::parse(&run.stdout, &run.stderr);
            let result = if run.success {
                MutantResult::Survived
            } else if let Some(first) = report.failed.first() {
                MutantResult::Caught {
                    by: first.test.clone(),
                }
            } else {
                MutantResult::Error(run.tail(20))
            };
            mutants.push((mutant.description.clone(), result));
        }
    }
    Ok(Outcome {
        files,
        tests,
        mutants,
    })
}

/// What the outcome means for the learner, as lines to print, ending with
/// the next step.
pub fn render(course: &Course, kata: &Kata, outcome: &Outcome) -> Vec<String> {
    let mut lines = Vec::new();
    match &outcome.tests {
        Tests::Passed(1) => lines.push(ui::status(GOOD, "Passed", "the kata's one test")),
        Tests::Passed(total) => {
            lines.push(ui::status(GOOD, "Passed", format!("all {total} tests")))
        }
        Tests::NoneRan => {
            lines.push(ui::status(
                BAD,
                "No tests",
                "ran: are the test files still there?",
            ));
            lines.push(ui::detail(format!(
                "`cargo kata reset {}` restores them",
                kata.id
            )));
        }
        Tests::DidNotBuild(error) => {
            lines.push(ui::status(
                BAD,
                "Not built",
                "the kata does not compile yet; cargo says:",
            ));
            lines.extend(error.lines().map(|line| ui::detail(format!("  {line}"))));
            lines.push(ui::detail(format!(
                "fix that first (`cargo test -p {}` shows every error)",
                kata.package()
            )));
        }
        Tests::Broken(tail) => {
            lines.push(ui::status(
                BAD,
                "Crashed",
                "cargo failed without a failing test; it said:",
            ));
            lines.extend(tail.lines().map(|line| ui::detail(format!("  {line}"))));
        }
        Tests::Failed(failures, total) => {
            lines.push(ui::status(
                BAD,
                "Failed",
                format!("{} of {total} tests:", failures.len()),
            ));
            for failure in failures {
                lines.push(ui::detail(format!("- {}", failure.test)));
                if let Some(reason) = &failure.reason {
                    lines.push(ui::detail(format!("    {reason}")));
                }
            }
            lines.push(String::new());
            lines.push(ui::status(
                NOTE,
                "Next",
                format!(
                    "start with the first one: `cargo test -p {} {}` shows all it printed",
                    kata.package(),
                    failures[0].test
                ),
            ));
            lines.push(ui::detail(format!(
                "stuck? `cargo kata hint {}`; the chapter is book/{}",
                kata.id, kata.chapter
            )));
        }
    }
    if !outcome.mutants.is_empty() {
        lines.push(String::new());
        lines.push(ui::detail(
            "Your tests pass on the real system. Against the broken versions:",
        ));
        for (description, result) in &outcome.mutants {
            lines.push(match result {
                MutantResult::Caught { by } => {
                    ui::status(GOOD, "Caught", format!("{description} (by {by})"))
                }
                MutantResult::Survived => ui::status(
                    BAD,
                    "Survived",
                    format!("your tests still pass when {description}"),
                ),
                MutantResult::Error(tail) => ui::status(
                    WARN,
                    "Not run",
                    format!(
                        "against the version where {description}: {}",
                        first_line(tail)
                    ),
                ),
            });
        }
        let survivors = outcome
            .mutants
            .iter()
            .filter(|(_, result)| !matches!(result, MutantResult::Caught { .. }))
            .count();
        if survivors > 0 {
            lines.push(String::new());
            lines.push(ui::status(
                NOTE,
                "Next",
                format!(
                    "{survivors} of {} broken versions get past your tests: add assertions that would notice",
                    outcome.mutants.len()
                ),
            ));
        }
    }
    if outcome.is_done() {
        lines.push(String::new());
        let next = course.katas.iter().skip_while(|k| k.id != kata.id).nth(1);
        lines.push(match next {
            Some(next) => ui::status(
                GOOD,
                "Done",
                format!(
                    "kata {}. Next: kata {} · {}: read book/{}, then `cargo kata check {}`",
                    kata.id, next.id, next.title, next.chapter, next.id
                ),
            ),
            None => ui::status(
                GOOD,
                "Done",
                format!("kata {}, the last one. Well done!", kata.id),
            ),
        });
    }
    lines
}

fn first_line(text: &str) -> &str {
    text.lines()
        .rev()
        .find(|line| line.starts_with("error"))
        .unwrap_or("see `cargo test`")
}
