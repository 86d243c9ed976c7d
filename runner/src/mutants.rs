//! Running a kata's tests against its mutants, for `check` (the learner's
//! tests) and `verify` (the reference tests) alike.
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
use crate::course::{Course, Kata, Mutant};
use crate::files::Tree;
use crate::patches::{self, PatchError};
use crate::scratch::Scratch;
use crate::test_run::{self, Plan, TestRun};

/// cargo-mutants' default: five times the baseline.
const TIMEOUT_MULTIPLIER: u32 = 5;
/// A floor under the bound, so that a loaded machine does not turn a slow
/// but passing run into a "caught". `CARGO_KATA_MUTANT_TIMEOUT` (seconds)
/// changes it: higher on a very slow machine, lower in the runner's tests.
const TIMEOUT_FLOOR: Duration = Duration::from_secs(10);
/// After a mutant's first failing test, how long the others may go on
/// (so that tests failing at the same moment are named too).
const GRACE_AFTER_FAILURE: Duration = Duration::from_millis(300);

/// How long a mutant's tests may run, given how long they took on the real
/// system.
pub fn time_limit(baseline: Duration) -> Duration {
    let floor = seconds_from_env("CARGO_KATA_MUTANT_TIMEOUT").unwrap_or(TIMEOUT_FLOOR);
    (baseline * TIMEOUT_MULTIPLIER).max(floor)
}

/// A number of seconds from the environment, if it is set and a number.
pub fn seconds_from_env(name: &str) -> Option<Duration> {
    let value = std::env::var(name).ok()?;
    Duration::try_from_secs_f64(value.trim().parse().ok()?).ok()
}

/// How a mutant's tests run. Snapshot tests never write: a mutant must not
/// rewrite a learner's snapshots or leave `.snap.new` files behind.
pub fn plan(baseline: Duration) -> Plan {
    Plan {
        limit: time_limit(baseline),
        stop_after_failure: Some(GRACE_AFTER_FAILURE),
        env: vec![("INSTA_UPDATE", "no"), ("INSTA_FORCE_PASS", "0")],
    }
}

/// The mutant's patch, read from its file.
pub fn patch_of(course: &Course, kata: &Kata, mutant: &Mutant) -> Result<String> {
    let path = course.mutant_patch(kata, mutant);
    fs::read_to_string(&path).with_context(|| {
        format!(
            "mutant `{}` of kata {} has no patch; record it with `cargo kata dev record {} {}`",
            mutant.name, kata.id, kata.id, mutant.name
        )
    })
}

/// `base` with the mutant's bug in it. The error says which mutant, file and
/// hunk, and how a maintainer makes the mutant again.
pub fn mutate(course: &Course, kata: &Kata, mutant: &Mutant, base: &Tree) -> Result<Tree> {
    let patch = patch_of(course, kata, mutant)?;
    patches::apply(base, &patch).map_err(|error| no_longer_applies(kata, mutant, &error))
}

pub fn no_longer_applies(kata: &Kata, mutant: &Mutant, error: &PatchError) -> anyhow::Error {
    anyhow::anyhow!(
        "mutant `{}` of kata {} does not apply: {error}\n\
         make it again: `cargo kata dev scratch {}` gives a solved copy; put the bug back \
         in it (the old patch is {}), then `cargo kata dev record {} {}`",
        mutant.name,
        kata.id,
        kata.id,
        format_args!("solutions/{}/mutants/{}.patch", kata.folder, mutant.name),
        kata.id,
        mutant.name,
    )
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

    #[test]
    fn the_time_limit_is_five_baselines_but_never_under_the_floor() {
        assert_eq!(time_limit(Duration::from_millis(40)), TIMEOUT_FLOOR);
        assert_eq!(time_limit(Duration::from_secs(3)), Duration::from_secs(15));
    }
}
