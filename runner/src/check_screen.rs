//! The screen of a check: what an evaluation means for the learner, as
//! lines to print, ending with the next step. `check` prints them; `watch`
//! draws them as its screen.

use crate::cargo::human_duration;
use crate::course::Kata;
use crate::evaluate::{Evaluation, MutantResult, MutantRuns, NotRun};
use crate::layout;
use crate::mutants::{MutantOutcome, Unviable};
use crate::test_run::{Failure, Found};
use crate::ui::{self, BAD, GOOD, NOTE, WARN};

/// What the screen needs to know beyond the evaluation: where the learner
/// stands.
pub struct Situation<'a> {
    /// The kata the learner goes on with once this one is done: the first
    /// kata after it that is not done, going round (`learner_state.rs`).
    pub next: Option<&'a Kata>,
    /// Whether `cargo kata hint` has levels the learner has not seen.
    pub hints_left: bool,
}

/// How many names of catching tests to show before "and N more".
const CATCHERS_SHOWN: usize = 3;

pub fn render(kata: &Kata, evaluation: &Evaluation, situation: &Situation) -> Vec<String> {
    let mut lines = tests(kata, &evaluation.tests.found, situation);
    match &evaluation.mutants {
        MutantRuns::None => {}
        MutantRuns::NotRun(NotRun::TestsDoNotPass) => {
            lines.push(String::new());
            lines.push(ui::status(
                NOTE,
                "Mutants",
                "not run yet: the broken versions are tried once your tests pass on the real system",
            ));
        }
        MutantRuns::NotRun(NotRun::SystemChanged(files)) => {
            lines.push(String::new());
            lines.push(ui::status(
                WARN,
                "Mutants",
                format!(
                    "not run: you changed the system itself ({})",
                    files.join(", ")
                ),
            ));
            lines.push(ui::detail(
                "The broken versions are made from the system as it is given, so they cannot be",
            ));
            lines.push(ui::detail(
                "tried against a changed one. Put those files back as they were: in this kata you",
            ));
            lines.push(ui::detail(format!(
                "write tests only. `cargo kata reset {}` restores the whole kata, after saving a",
                kata.id
            )));
            lines.push(ui::detail(format!(
                "copy of all your files (`cargo kata restore {} --list` shows where; copy your tests",
                kata.id
            )));
            lines.push(ui::detail("back from there)."));
        }
        MutantRuns::Ran(results) => mutant_lines(
            kata,
            results,
            &evaluation.learner_test_files,
            situation,
            &mut lines,
        ),
    }
    if evaluation.is_done() {
        lines.push(String::new());
        lines.push(match situation.next {
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
                format!(
                    "kata {}, and with it every kata of the course. Well done!",
                    kata.id
                ),
            ),
        });
        lines.push(ui::detail(format!(
            "now read its debrief, what the kata hid: book/{} (in the book: {} › Kata {}: {})",
            layout::debrief_page(kata),
            layout::DEBRIEFS_PART,
            kata.id,
            kata.title
        )));
    }
    lines
}

fn tests(kata: &Kata, found: &Found, situation: &Situation) -> Vec<String> {
    let mut lines = Vec::new();
    let stuck = || {
        ui::detail(if situation.hints_left {
            format!(
                "stuck? `cargo kata hint {}`; the chapter is book/{}",
                kata.id, kata.chapter
            )
        } else {
            format!("stuck? the chapter is book/{}", kata.chapter)
        })
    };
    match found {
        Found::Passed { tests, .. } if tests.len() == 1 => {
            lines.push(ui::status(GOOD, "Passed", "the kata's one test"));
        }
        Found::Passed { tests, in_src } => {
            lines.push(ui::status(
                GOOD,
                "Passed",
                format!("all {}", counted(tests.len(), *in_src)),
            ));
        }
        Found::NoTests => {
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
        Found::DidNotBuild { error } => {
            lines.push(ui::status(
                BAD,
                "Not built",
                "the kata does not compile yet; cargo says:",
            ));
            lines.extend(
                error
                    .lines()
                    .take(15)
                    .map(|line| ui::detail(format!("  {line}"))),
            );
            lines.push(ui::detail(format!(
                "fix that first (`cargo test -p {}` shows every error)",
                kata.package()
            )));
        }
        Found::Crashed { output } => {
            lines.push(ui::status(
                BAD,
                "Crashed",
                "a test binary stopped without a failing test; it printed:",
            ));
            lines.extend(output.lines().map(|line| ui::detail(format!("  {line}"))));
        }
        Found::TimedOut {
            limit,
            unfinished,
            failures,
        } => {
            lines.push(ui::status(
                BAD,
                "Timed out",
                format!(
                    "the tests were still running after {}, and were stopped. Not finished:",
                    human_duration(*limit)
                ),
            ));
            for test in unfinished.iter().take(5) {
                lines.push(ui::detail(format!("- {test}")));
            }
            if unfinished.len() > 5 {
                lines.push(ui::detail(format!("  and {} more", unfinished.len() - 5)));
            }
            lines.push(ui::detail(
                "A test that waits for something that never comes hangs: an event never sent,",
            ));
            lines.push(ui::detail(
                "a server never started, a channel never closed. Give every wait a deadline.",
            ));
            if !failures.is_empty() {
                lines.push(ui::detail("These failed before that:"));
                push_failures(&mut lines, failures);
            }
            if let Some(first) = unfinished.first() {
                lines.push(String::new());
                lines.push(ui::status(
                    NOTE,
                    "Next",
                    format!(
                        "`cargo test -p {} {first}` runs it alone (Ctrl-C stops it)",
                        kata.package()
                    ),
                ));
            }
            lines.push(stuck());
        }
        Found::Failed {
            failures,
            passed,
            in_src,
        } => {
            lines.push(ui::status(
                BAD,
                "Failed",
                format!(
                    "{} of {}:",
                    failures.len(),
                    counted(failures.len() + passed, *in_src)
                ),
            ));
            push_failures(&mut lines, failures);
            if let Some(first) = failures.first() {
                lines.push(String::new());
                lines.push(ui::status(
                    NOTE,
                    "Next",
                    format!(
                        "start with the first one: `cargo test -p {} {}` shows all it printed",
                        kata.package(),
                        first.test
                    ),
                ));
            }
            lines.push(stuck());
        }
    }
    lines
}

/// "12 tests", or "17 tests (12 in tests/, 5 in src/)" when a kata has unit
/// tests in `src/` too, so that the count matches what its chapter says.
fn counted(total: usize, in_src: usize) -> String {
    if in_src == 0 || in_src >= total {
        format!("{total} tests")
    } else {
        format!(
            "{total} tests ({} in tests/, {in_src} in src/)",
            total - in_src
        )
    }
}

fn push_failures(lines: &mut Vec<String>, failures: &[Failure]) {
    for failure in failures {
        lines.push(ui::detail(format!("- {}", failure.test)));
        if let Some(reason) = &failure.reason {
            lines.push(ui::detail(format!("    {reason}")));
        }
    }
}

fn mutant_lines(
    kata: &Kata,
    results: &[MutantResult],
    test_files: &[String],
    situation: &Situation,
    lines: &mut Vec<String>,
) {
    lines.push(String::new());
    lines.push(ui::status(
        NOTE,
        "Trying",
        format!(
            "your tests, which pass on the real system, against {}:",
            broken_versions(results.len())
        ),
    ));
    let mut survivors = Vec::new();
    for result in results {
        let description = &result.mutant.description;
        match &result.outcome {
            MutantOutcome::Caught { .. } | MutantOutcome::TimedOut { .. } => {
                lines.push(ui::status(
                    GOOD,
                    "Caught",
                    format!("{description} ({})", caught_by(&result.outcome)),
                ));
            }
            MutantOutcome::Missed => {
                survivors.push(result.mutant);
                lines.push(ui::status(
                    BAD,
                    "Survived",
                    format!("your tests still pass when {description}"),
                ));
                if let Some(why) = &result.mutant.if_it_survives {
                    for line in why.trim().lines() {
                        lines.push(ui::detail(line.trim()));
                    }
                }
                let file = match (&result.mutant.tests_in, test_files) {
                    (Some(file), _) => Some(file.as_str()),
                    (None, [only]) => Some(only.as_str()),
                    _ => None,
                };
                if let Some(file) = file {
                    lines.push(ui::detail(format!(
                        "a test that would notice belongs in {file}"
                    )));
                }
            }
            MutantOutcome::Unviable(why) => {
                let why = match why {
                    Unviable::DoesNotApply(error) => error.clone(),
                    Unviable::DoesNotBuild(error) => format!("it does not build: {error}"),
                    Unviable::NoTests => "no test ran against it".to_string(),
                };
                lines.push(ui::status(
                    WARN,
                    "Not run",
                    format!(
                        "the version where {description}: {}",
                        why.lines().next().unwrap_or("see `cargo test`")
                    ),
                ));
            }
        }
    }
    if !survivors.is_empty() {
        lines.push(String::new());
        lines.push(ui::status(
            NOTE,
            "Next",
            format!(
                "write a test that notices {}: what would it have to look at?",
                match (survivors.len(), results.len()) {
                    (1, 1) => "the broken version that gets past yours".to_string(),
                    (1, total) =>
                        format!("the one of {total} broken versions that gets past yours"),
                    (count, total) => {
                        format!(
                            "each of the {count} (of {total}) broken versions that get past yours"
                        )
                    }
                }
            ),
        ));
        if situation.hints_left {
            lines.push(ui::detail(format!(
                "`cargo kata hint {}` has hints you have not seen yet",
                kata.id
            )));
        }
    }
}

fn broken_versions(count: usize) -> String {
    match count {
        1 => "the one broken version of it".into(),
        n => format!("{n} broken versions of it"),
    }
}

/// "by a, b and 2 more", or "timed out: a did not finish within 10s".
fn caught_by(outcome: &MutantOutcome) -> String {
    let names = |tests: &[String]| {
        let shown: Vec<&str> = tests
            .iter()
            .take(CATCHERS_SHOWN)
            .map(String::as_str)
            .collect();
        match tests.len().saturating_sub(CATCHERS_SHOWN) {
            0 => shown.join(", "),
            more => format!("{} and {more} more", shown.join(", ")),
        }
    };
    match outcome {
        MutantOutcome::TimedOut { limit, unfinished } => format!(
            "timed out: {} did not finish within {}",
            names(unfinished),
            human_duration(*limit)
        ),
        MutantOutcome::Caught { by } if by.is_empty() => "a test binary crashed on it".into(),
        MutantOutcome::Caught { by } => format!("by {}", names(by)),
        MutantOutcome::Missed | MutantOutcome::Unviable(_) => String::new(),
    }
}
