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
use crate::limits;
use crate::patches::{self, PatchError};
use crate::scratch::Scratch;
use crate::test_run::{self, Plan, TestRun};

/// How a mutant's tests run. Snapshot tests never write: a mutant must not
/// rewrite a learner's snapshots or leave `.snap.new` files behind.
pub fn plan(baseline: Duration) -> Plan {
    Plan {
        limit: limits::mutant_tests(baseline),
        stop_after_failure: Some(limits::GRACE_AFTER_FAILURE),
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
