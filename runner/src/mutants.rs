//! The course's mutants, in one place, for `check` (the learner's tests),
//! `verify` (the reference tests), `dev scratch`, `record` and `rerecord`:
//! applying a mutant's patch (and saying why one no longer applies), the
//! shape a mutant must have, running tests against it, and what such a run
//! means ([`MutantOutcome`]).
//!
//! As cargo-mutants does: the tests run on the real system first (the
//! baseline), and only when they pass; each mutant's run is bounded by a
//! multiple of the baseline's time, so that a mutant that makes a test hang
//! is stopped and counted as caught; and a mutant's run stops soon after its
//! first failing test, since one is enough to catch it.

use std::time::Duration;

use anyhow::{Context, Result};
use fs_err as fs;

use crate::build::Lints;
use crate::course::{self, Course, Kata, Mutant};
use crate::files::{self, Tree};
use crate::limits;
use crate::patches;
use crate::scratch::Scratch;
use crate::test_run::{self, Found, Plan, TestRun};

/// A mutant applied: its patch as recorded, and the tree with its bug in it.
pub struct Applied {
    pub patch: String,
    pub tree: Tree,
}

/// What one run of tests against a mutant came to. Decided here only, so
/// that `check` and `verify` cannot disagree on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MutantOutcome {
    /// A test failed on it (their names), or a test binary crashed on it
    /// (no names).
    Caught { by: Vec<String> },
    /// The tests were still running at the limit: a hang is a catch too.
    TimedOut {
        limit: Duration,
        unfinished: Vec<String>,
    },
    /// Every test passed: the mutant got past them.
    Missed,
    /// It could not be tried, so it proves nothing either way.
    Unviable(Unviable),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unviable {
    /// Its patch does not apply (why, for a maintainer).
    DoesNotApply(String),
    /// It does not compile (the compiler's first error).
    DoesNotBuild(String),
    /// It built, and no test ran.
    NoTests,
}

impl MutantOutcome {
    /// Classifies what the tests found on a mutant.
    pub fn from_found(found: Found) -> MutantOutcome {
        match found {
            Found::Passed { .. } => MutantOutcome::Missed,
            Found::Failed { failures, .. } => MutantOutcome::Caught {
                by: failures.into_iter().map(|failure| failure.test).collect(),
            },
            Found::Crashed { .. } => MutantOutcome::Caught { by: Vec::new() },
            Found::TimedOut {
                limit, unfinished, ..
            } => MutantOutcome::TimedOut { limit, unfinished },
            Found::DidNotBuild { error } => MutantOutcome::Unviable(Unviable::DoesNotBuild(error)),
            Found::NoTests => MutantOutcome::Unviable(Unviable::NoTests),
        }
    }

    /// Caught, by a failing test, a crash or a hang.
    pub fn is_caught(&self) -> bool {
        matches!(
            self,
            MutantOutcome::Caught { .. } | MutantOutcome::TimedOut { .. }
        )
    }
}

/// How a mutant's tests run. Snapshot tests never write: a mutant must not
/// rewrite a learner's snapshots or leave `.snap.new` files behind.
pub fn plan(baseline: Duration) -> Plan {
    Plan {
        limit: limits::mutant_tests(baseline),
        stop_after_failure: Some(limits::GRACE_AFTER_FAILURE),
        env: vec![("INSTA_UPDATE", "no"), ("INSTA_FORCE_PASS", "0")],
    }
}

/// `base` with the mutant's bug in it. The error names the mutant, the file
/// and the hunk, and says how a maintainer makes the mutant again.
pub fn apply(course: &Course, kata: &Kata, mutant: &Mutant, base: &Tree) -> Result<Applied> {
    let path = course.mutant_patch(kata, mutant);
    let patch = fs::read_to_string(&path).with_context(|| {
        format!(
            "mutant `{}` of kata {} has no patch; record it with `cargo kata dev record {} {}`",
            mutant.name, kata.id, kata.id, mutant.name
        )
    })?;
    match patches::apply(base, &patch) {
        Ok(tree) => Ok(Applied { patch, tree }),
        Err(problem) => Err(NoLongerApplies {
            kata: kata.id.clone(),
            mutant: mutant.name.clone(),
            patch: course.relative(&path),
            problem,
        }
        .into()),
    }
}

/// A mutant whose patch no longer applies: which one, where it failed, and
/// how a maintainer makes it again.
#[derive(Debug)]
pub struct NoLongerApplies {
    pub kata: String,
    pub mutant: String,
    /// The patch file, relative to the course.
    pub patch: String,
    pub problem: patches::PatchError,
}

impl std::fmt::Display for NoLongerApplies {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let NoLongerApplies {
            kata,
            mutant,
            patch,
            problem,
        } = self;
        write!(
            f,
            "mutant `{mutant}` of kata {kata} does not apply: {problem}\n\
             make it again: `cargo kata dev scratch {kata}` gives a solved copy; put the bug back \
             in it (the old patch is {patch}), then `cargo kata dev record {kata} {mutant}`"
        )
    }
}

impl std::error::Error for NoLongerApplies {}

/// What is wrong with the shape of a mutant applied to `solved`, if
/// anything: it must change the system, and only the system.
pub fn shape_problem(applied: &Applied, solved: &Tree) -> Option<String> {
    let touched = match patches::touched(&applied.patch) {
        Ok(touched) => touched,
        Err(error) => return Some(error.to_string()),
    };
    if let Some(path) = touched.iter().find(|path| !course::is_system_path(path)) {
        return Some(format!(
            "it changes {path}; a mutant changes the system, never its tests or its manifest"
        ));
    }
    if files::differences(solved, &applied.tree).is_empty() {
        return Some("it changes nothing, so no test could catch it".into());
    }
    None
}

/// Builds `mutated` in the scratch workspace and runs its tests.
pub fn run(scratch: &Scratch, kata: &Kata, mutated: &Tree, baseline: Duration) -> Result<TestRun> {
    let dir = scratch.workspace(kata, mutated)?;
    let build = scratch.build(&dir, Lints::Off)?;
    test_run::run(&build, &plan(baseline))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_run::Failure;

    #[test]
    fn a_run_is_caught_missed_timed_out_or_unviable() {
        let failed = Found::Failed {
            failures: vec![Failure {
                test: "a::b".into(),
                reason: None,
            }],
            passed: 2,
            in_src: 0,
        };
        assert_eq!(
            MutantOutcome::from_found(failed),
            MutantOutcome::Caught {
                by: vec!["a::b".into()]
            }
        );
        let crashed = MutantOutcome::from_found(Found::Crashed {
            output: String::new(),
        });
        assert!(crashed.is_caught());
        let hung = MutantOutcome::from_found(Found::TimedOut {
            limit: Duration::from_secs(1),
            unfinished: vec!["t".into()],
            failures: Vec::new(),
        });
        assert!(hung.is_caught());
        let passed = MutantOutcome::from_found(Found::Passed {
            tests: vec!["t".into()],
            in_src: 0,
        });
        assert_eq!(passed, MutantOutcome::Missed);
        assert!(!passed.is_caught());
        for unviable in [Found::NoTests, Found::DidNotBuild { error: "e".into() }] {
            let outcome = MutantOutcome::from_found(unviable);
            assert!(matches!(outcome, MutantOutcome::Unviable(_)), "{outcome:?}");
            assert!(!outcome.is_caught());
        }
    }
}
