//! Checking a kata as the learner left it: its tests, and for a kata with
//! mutants, the learner's tests against each broken version of the system.
//! `check` and `watch` both run this and show it with `report.rs`.

use std::time::Duration;

use anyhow::{Context, Result};

use crate::build::{self, Lints};
use crate::course::{self, Course, Kata, Mutant};
use crate::files::{self, Tree};
use crate::limits;
use crate::mutants::{self, MutantOutcome, Unviable};
use crate::scratch::Scratch;
use crate::starters;
use crate::test_run::{self, Plan, TestRun};

pub struct Evaluation<'a> {
    /// The kata's files as they were checked.
    pub files: Tree,
    pub tests: TestRun,
    pub mutants: MutantRuns<'a>,
    /// The test files the learner writes (those with a `todo!` in the
    /// starter), to say where a test that would catch a survivor belongs.
    pub learner_test_files: Vec<String>,
}

pub enum MutantRuns<'a> {
    /// The kata has none.
    None,
    /// They were not run, and why.
    NotRun(NotRun),
    Ran(Vec<MutantResult<'a>>),
}

pub enum NotRun {
    /// The baseline: the learner's tests must pass on the real system first.
    TestsDoNotPass,
    /// The learner changed the system: these files differ from the starter.
    SystemChanged(Vec<String>),
}

pub struct MutantResult<'a> {
    pub mutant: &'a Mutant,
    pub outcome: MutantOutcome,
}

impl Evaluation<'_> {
    pub fn is_done(&self) -> bool {
        self.tests.found.passed()
            && match &self.mutants {
                MutantRuns::None => true,
                MutantRuns::NotRun(_) => false,
                MutantRuns::Ran(results) => results.iter().all(|r| r.outcome.is_caught()),
            }
    }
}

/// Runs the kata's tests in the course workspace; if they pass and the kata
/// has mutants, runs them against each mutant in a scratch workspace.
/// `on_step` hears what is running, for a spinner or a status line.
pub fn evaluate<'a>(
    course: &Course,
    kata: &'a Kata,
    on_step: &mut dyn FnMut(&str),
) -> Result<Evaluation<'a>> {
    let dir = course.kata_dir(kata);
    let files = files::read_tree(&dir, &[]).with_context(|| {
        format!(
            "kata {} is missing or unreadable: `cargo kata reset {}` restores it",
            kata.id, kata.id
        )
    })?;
    on_step(&format!("the tests of kata {}", kata.id));
    let build = build::build_tests(
        &course.cargo,
        &course.root,
        Some(&kata.package()),
        Lints::Off,
    )?;
    let tests = test_run::run(&build, &Plan::new(limits::learner_tests()))?;

    let mut learner_test_files = Vec::new();
    let mutants = if kata.mutants.is_empty() {
        MutantRuns::None
    } else {
        let starter = starters::load(course, kata)?;
        learner_test_files = starter
            .iter()
            .filter(|(path, text)| {
                course::is_test_path(path) && String::from_utf8_lossy(text).contains("todo!(")
            })
            .map(|(path, _)| path.clone())
            .collect();
        let changed = system_changes(&starter, &files);
        if !tests.found.passed() {
            MutantRuns::NotRun(NotRun::TestsDoNotPass)
        } else if changed.is_empty() {
            MutantRuns::Ran(run_mutants(course, kata, &files, tests.elapsed, on_step)?)
        } else {
            MutantRuns::NotRun(NotRun::SystemChanged(changed))
        }
    };
    Ok(Evaluation {
        files,
        tests,
        mutants,
        learner_test_files,
    })
}

/// The files of the system where the learner's kata differs from its
/// starter. Mutants are patches of the system as given: on a changed system
/// they would test something else, or not apply at all.
fn system_changes(starter: &Tree, files: &Tree) -> Vec<String> {
    files::differences(starter, files)
        .into_iter()
        .filter(|path| course::is_system_path(path))
        .collect()
}

fn run_mutants<'a>(
    course: &Course,
    kata: &'a Kata,
    files: &Tree,
    baseline: Duration,
    on_step: &mut dyn FnMut(&str),
) -> Result<Vec<MutantResult<'a>>> {
    let scratch = Scratch::new(course, "kata-check")?;
    let mut results = Vec::new();
    for (index, mutant) in kata.mutants.iter().enumerate() {
        on_step(&format!(
            "your tests against broken version {} of {}",
            index + 1,
            kata.mutants.len()
        ));
        let outcome = match mutants::apply(course, kata, mutant, files) {
            Err(error) => MutantOutcome::Unviable(Unviable::DoesNotApply(format!("{error:#}"))),
            Ok(applied) => {
                let run = mutants::run(&scratch, kata, &applied.tree, baseline)?;
                MutantOutcome::from_found(run.found)
            }
        };
        results.push(MutantResult { mutant, outcome });
    }
    Ok(results)
}
