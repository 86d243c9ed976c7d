//! Answer keys proven by running them (QUIZ-SPEC.md, "Proofs"). A proven
//! question gives every choice a run of a quiz crate's tests, on the real
//! code or on a broken version, and says what makes a choice right (its
//! run fails, passes, or fails with the output the question shows); this
//! runs each one and holds the key against what happened.
//!
//! Cheap by design, since `verify` runs it every time:
//! - one build per crate version (the real code, or one broken version),
//!   made in scratch copies that never touch `quizzes/code/`; `verify`
//!   builds the versions of different crates side by side in its rounds,
//!   with the katas' (round 0 is every crate's real code, round N its Nth
//!   broken version);
//! - one run of every test per version, which answers every plain run
//!   (`test` or `tests` alone) from its per-test results; a run with `args`
//!   or `ignored` gets an invocation of its own;
//! - for a run on a broken version, the same run on the real code (the
//!   baseline) must pass, so that its failure is the bug's doing: a plain
//!   run's baseline is read from the real code's run, which must pass
//!   anyway.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Result;

use super::judge::Entry;
use super::output::{normalize, section};
use super::{Choice, Question, Quiz, Run};
use crate::build::{Build, Lints};
use crate::cargo::human_duration;
use crate::course::Course;
use crate::files::{self, Tree};
use crate::layout::{BROKEN_DIR, QUIZZES_DIR};
use crate::limits;
use crate::patches;
use crate::scratch::Scratch;
use crate::test_run::{self, Ledger, Outcome, Plan};
use crate::timings;

/// What one run came to.
#[derive(Debug, Clone)]
pub struct Ran {
    pub verdict: RunVerdict,
    /// What its tests printed, normalized (see `output.rs`): the sections
    /// of the tests it names, or everything when it names none or ran on
    /// its own.
    pub output: String,
    /// The tests that failed or did not finish.
    pub failed: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunVerdict {
    Passed,
    /// It failed: in words, which test and the first line of why.
    Failed(String),
    /// It proves nothing either way: why (no such test, no build).
    Invalid(String),
}

/// A version of a quiz crate: the real code, or one broken version.
struct Variant {
    broken: Option<String>,
    tree: Tree,
}

pub(super) struct CrateProof {
    folder: String,
    /// The real code first, then each broken version a run uses.
    variants: Vec<Variant>,
    /// Where it is in the scratch workspace, once written.
    dir: Option<PathBuf>,
    /// The quiz its own checks are reported with: the first to use it
    /// (none for a crate that no proof runs, whose real code is still
    /// built and tested).
    pub(super) first_quiz: Option<String>,
    pub(super) entries: Vec<Entry>,
}

/// One choice's run, planned and then answered.
pub(super) struct Planned<'q> {
    pub(super) question: &'q Question,
    pub(super) choice: &'q Choice,
    pub(super) run: &'q Run,
    krate: usize,
    variant: usize,
    pub(super) result: Option<Ran>,
    /// On a broken version: the same run on the real code.
    pub(super) baseline: Option<Ran>,
}

pub struct Prover<'q> {
    pub(super) quizzes: Vec<&'q Quiz>,
    pub(super) crates: Vec<CrateProof>,
    pub(super) planned: Vec<Planned<'q>>,
    /// Compiling the crates' versions (cargo's own figures), and running
    /// their tests.
    pub build_time: Duration,
    pub test_time: Duration,
}

impl<'q> Prover<'q> {
    /// Plans the proofs of `quizzes`, which must be valid (see
    /// `validate.rs`): the crate versions to build, and the runs.
    pub fn plan(course: &Course, quizzes: Vec<&'q Quiz>) -> Result<Prover<'q>> {
        let mut prover = Prover {
            quizzes,
            crates: Vec::new(),
            planned: Vec::new(),
            build_time: Duration::ZERO,
            test_time: Duration::ZERO,
        };
        for quiz in prover.quizzes.clone() {
            for question in &quiz.questions {
                let Some(proof) = &question.proof else {
                    continue;
                };
                for choice in &question.choices {
                    let Some(run) = &choice.run else { continue };
                    let Some(folder) = run.crate_name(Some(proof)) else {
                        continue;
                    };
                    let krate = prover.crate_index(course, folder, &quiz.number)?;
                    let variant = match &run.broken {
                        None => 0,
                        Some(name) => prover.variant_index(course, krate, name)?,
                    };
                    prover.planned.push(Planned {
                        question,
                        choice,
                        run,
                        krate,
                        variant,
                        result: None,
                        baseline: None,
                    });
                }
            }
        }
        Ok(prover)
    }

    fn crate_index(&mut self, course: &Course, folder: &str, quiz: &str) -> Result<usize> {
        if let Some(at) = self.crates.iter().position(|c| c.folder == folder) {
            return Ok(at);
        }
        let tree = files::read_tree(&course.quiz_crate_dir(folder), &[BROKEN_DIR])?;
        self.crates.push(CrateProof {
            folder: folder.to_string(),
            variants: vec![Variant { broken: None, tree }],
            dir: None,
            first_quiz: Some(quiz.to_string()),
            entries: Vec::new(),
        });
        Ok(self.crates.len() - 1)
    }

    fn variant_index(&mut self, course: &Course, krate: usize, name: &str) -> Result<usize> {
        let proof = &mut self.crates[krate];
        if let Some(at) = proof
            .variants
            .iter()
            .position(|v| v.broken.as_deref() == Some(name))
        {
            return Ok(at);
        }
        let path = course.quiz_broken_patch(&proof.folder, name);
        let patch = fs_err::read_to_string(&path)?;
        let tree = patches::apply(&proof.variants[0].tree, &patch).map_err(|problem| {
            anyhow::anyhow!("{} does not apply: {problem}", course.relative(&path))
        })?;
        proof.variants.push(Variant {
            broken: Some(name.to_string()),
            tree,
        });
        Ok(proof.variants.len() - 1)
    }

    /// Adds the quiz crate `folder` for its real code alone, when no proof
    /// runs it: its code is still shown, so it must build clippy-clean and
    /// pass its tests.
    pub fn add_crate(&mut self, course: &Course, folder: &str) -> Result<()> {
        if !self.crates.iter().any(|c| c.folder == folder) {
            let tree = files::read_tree(&course.quiz_crate_dir(folder), &[BROKEN_DIR])?;
            self.crates.push(CrateProof {
                folder: folder.to_string(),
                variants: vec![Variant { broken: None, tree }],
                dir: None,
                first_quiz: None,
                entries: Vec::new(),
            });
        }
        Ok(())
    }

    /// The quiz crates, as members of a scratch workspace.
    pub fn members(&self) -> Vec<&str> {
        self.crates.iter().map(|c| c.folder.as_str()).collect()
    }

    /// How many rounds of builds the proofs take: the most versions of one
    /// crate.
    pub fn rounds(&self) -> usize {
        self.crates
            .iter()
            .map(|c| c.variants.len())
            .max()
            .unwrap_or(0)
    }

    /// How many crate versions there are to build in all.
    pub fn builds(&self) -> usize {
        self.crates.iter().map(|c| c.variants.len()).sum()
    }

    /// Writes each crate's version for `round` into the scratch workspace.
    pub fn write_round(&mut self, scratch: &Scratch, round: usize) -> Result<()> {
        for proof in &mut self.crates {
            if let Some(variant) = proof.variants.get(round) {
                proof.dir = Some(scratch.write_member(&proof.folder, &variant.tree)?);
            }
        }
        Ok(())
    }

    /// Once `round` is built: runs what each crate's version of that round
    /// answers (and, in round 0, the baselines), and checks the real code.
    /// `seconds` is what cargo spent per package in that build.
    pub fn after_round(
        &mut self,
        round: usize,
        builds: &BTreeMap<PathBuf, Build>,
        seconds: &BTreeMap<String, f64>,
    ) -> Result<()> {
        for index in 0..self.crates.len() {
            if self.crates[index].variants.len() <= round {
                continue;
            }
            let folder = self.crates[index].folder.clone();
            if let Some(&spent) = seconds.get(&folder) {
                self.build_time += Duration::from_secs_f64(spent);
            }
            let Some(dir) = self.crates[index].dir.clone() else {
                continue;
            };
            let build = builds.get(&dir);
            let prefixes = prefixes(&dir);
            let needs_shared = round == 0
                || self
                    .planned
                    .iter()
                    .any(|p| p.krate == index && p.variant == round && p.run.is_plain());
            let shared = match build {
                Some(build) if build.succeeded() && needs_shared => {
                    let ledger = test_run::ledger(build, &plan(), &[])?;
                    self.test_time += ledger.elapsed;
                    Some(ledger)
                }
                _ => None,
            };
            if round == 0 {
                let entry = real_code_check(&folder, build, shared.as_ref(), &prefixes);
                self.crates[index].entries.push(entry);
            }
            let broken = self.crates[index].variants[round].broken.clone();
            for at in 0..self.planned.len() {
                let planned = &self.planned[at];
                if planned.krate != index {
                    continue;
                }
                let answers = planned.variant == round;
                let baseline = round == 0 && planned.variant != 0;
                if !answers && !baseline {
                    continue;
                }
                let run = planned.run;
                let (ran, elapsed) = answer(
                    run,
                    &folder,
                    broken.as_deref(),
                    build,
                    shared.as_ref(),
                    &prefixes,
                )?;
                self.test_time += elapsed;
                let planned = &mut self.planned[at];
                if answers {
                    planned.result = Some(ran);
                } else {
                    planned.baseline = Some(ran);
                }
            }
        }
        Ok(())
    }
}

/// How the proofs run tests: to the end, with snapshot tests that never
/// write and no forced color (so that insta prints the same plain text on
/// every machine).
fn plan() -> Plan {
    Plan {
        limit: limits::QUIZ_TESTS,
        stop_after_failure: None,
        env: vec![
            ("INSTA_UPDATE", "no"),
            ("INSTA_FORCE_PASS", "0"),
            ("CLICOLOR_FORCE", "0"),
            ("NO_COLOR", "1"),
        ],
    }
}

/// The prefixes that [`normalize`] removes for a crate in `dir`: where it
/// is, and its path in its workspace (its last two folders), as rustc
/// prints the paths of a workspace member.
fn prefixes(dir: &Path) -> Vec<String> {
    let mut prefixes = vec![dir.to_string_lossy().into_owned()];
    let parts: Vec<String> = dir
        .components()
        .rev()
        .take(2)
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.len() == 2 {
        prefixes.push(format!("{}/{}", parts[1], parts[0]));
    }
    prefixes
}

/// The real code of a quiz crate: clippy-clean, and every test passes (the
/// ignored ones are demonstrations that fail only in a particular run).
fn real_code_check(
    folder: &str,
    build: Option<&Build>,
    shared: Option<&Ledger>,
    prefixes: &[String],
) -> Entry {
    let shown = format!("{QUIZZES_DIR}/code/{folder}");
    let Some(build) = build else {
        return Entry::Wrong {
            what: format!("{shown} was not built"),
            detail: "cargo made nothing for it".into(),
        };
    };
    if !build.succeeded() {
        return Entry::Wrong {
            what: format!("{shown} does not build"),
            detail: build.failure(),
        };
    }
    if !build.warnings.is_empty() {
        return Entry::Wrong {
            what: format!("{shown} builds with {} warning(s)", build.warnings.len()),
            detail: build.warnings.join("\n"),
        };
    }
    let Some(ledger) = shared else {
        return Entry::Wrong {
            what: format!("{shown}: its tests did not run"),
            detail: String::new(),
        };
    };
    let failing: Vec<&String> = ledger
        .outcomes
        .iter()
        .filter(|(_, o)| matches!(o, Outcome::Failed | Outcome::Unfinished))
        .map(|(name, _)| name)
        .collect();
    let passed = ledger
        .outcomes
        .values()
        .filter(|o| **o == Outcome::Passed)
        .count();
    if failing.is_empty() && passed > 0 {
        Entry::Holds(format!(
            "{shown} is clippy-clean and its {passed} tests pass on the real code"
        ))
    } else if failing.is_empty() {
        Entry::Wrong {
            what: format!("{shown}: no test ran"),
            detail: String::new(),
        }
    } else {
        Entry::Wrong {
            what: format!(
                "{shown}: tests fail on the real code: {}",
                failing
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            detail: tail(&normalize(&ledger.output, prefixes), 30),
        }
    }
}

/// Runs (or reads from the version's shared run) what `run` asks of a
/// build of its crate, and how long it took.
fn answer(
    run: &Run,
    folder: &str,
    broken: Option<&str>,
    build: Option<&Build>,
    shared: Option<&Ledger>,
    prefixes: &[String],
) -> Result<(Ran, Duration)> {
    let version = match broken {
        Some(name) => format!("its broken version `{name}`"),
        None => "its real code".to_string(),
    };
    let invalid = |why: String| Ran {
        verdict: RunVerdict::Invalid(why),
        output: String::new(),
        failed: Vec::new(),
    };
    let Some(build) = build else {
        return Ok((
            invalid(format!("{folder}: {version} was not built")),
            Duration::ZERO,
        ));
    };
    if !build.succeeded() {
        return Ok((
            invalid(format!(
                "{folder}: {version} does not build: {}",
                first_line(&build.failure())
            )),
            Duration::ZERO,
        ));
    }
    let names = run.test_names();
    if run.is_plain() {
        let Some(ledger) = shared else {
            return Ok((
                invalid(format!("{folder}: its tests did not run")),
                Duration::ZERO,
            ));
        };
        return Ok((
            read_run(folder, ledger, &names, true, prefixes),
            Duration::ZERO,
        ));
    }
    let mut args: Vec<&str> = Vec::new();
    if !names.is_empty() {
        args.push("--exact");
        args.extend(names.iter().copied());
    }
    if run.ignored {
        args.push("--include-ignored");
    }
    args.extend(run.args.iter().map(String::as_str));
    let ledger = test_run::ledger(build, &plan(), &args)?;
    let elapsed = ledger.elapsed;
    Ok((read_run(folder, &ledger, &names, false, prefixes), elapsed))
}

/// What a ledger says about the tests a run names (every test when it
/// names none).
fn read_run(
    folder: &str,
    ledger: &Ledger,
    names: &[&str],
    shared: bool,
    prefixes: &[String],
) -> Ran {
    let invalid = |why: String| Ran {
        verdict: RunVerdict::Invalid(why),
        output: String::new(),
        failed: Vec::new(),
    };
    let mut outcomes: Vec<(String, Outcome)> = Vec::new();
    if names.is_empty() {
        outcomes.extend(
            ledger
                .outcomes
                .iter()
                .filter(|(_, o)| **o != Outcome::Ignored)
                .map(|(n, o)| (n.clone(), *o)),
        );
        if outcomes.is_empty() {
            return invalid(format!("no test of {folder} ran"));
        }
    }
    for name in names {
        match ledger.outcomes.get(*name) {
            None => {
                return invalid(format!(
                    "no test named `{name}` ran in {folder} (a libtest name, such as `module::test`, run --exact)"
                ));
            }
            Some(Outcome::Ignored) => {
                return invalid(format!(
                    "`{name}` is #[ignore]d, so it did not run: set `ignored = true` in the run"
                ));
            }
            Some(outcome) => outcomes.push(((*name).to_string(), *outcome)),
        }
    }
    let failed: Vec<String> = outcomes
        .iter()
        .filter(|(_, o)| matches!(o, Outcome::Failed | Outcome::Unfinished))
        .map(|(n, _)| n.clone())
        .collect();
    let output = if shared && !names.is_empty() {
        names
            .iter()
            .filter_map(|name| section(&ledger.output, name))
            .collect::<Vec<_>>()
            .join("\n")
    } else {
        ledger.output.clone()
    };
    let output = normalize(&output, prefixes);
    let verdict = match failed.first() {
        None => RunVerdict::Passed,
        Some(first) => {
            let why = match ledger.outcomes.get(first) {
                Some(Outcome::Unfinished) => ledger
                    .trouble
                    .clone()
                    .unwrap_or_else(|| "it did not finish".into()),
                _ => test_run::panic_message(&normalize(&ledger.output, prefixes), first)
                    .unwrap_or_else(|| "no message".into()),
            };
            let more = match failed.len() {
                1 => String::new(),
                n => format!(" and {} more", n - 1),
            };
            RunVerdict::Failed(format!("failed ({first}: {why}{more})"))
        }
    };
    Ran {
        verdict,
        output,
        failed,
    }
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or("")
}

pub(super) fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

/// The proofs of `quizzes` on their own, in a scratch workspace of their
/// own (for `cargo kata dev quizzes --record`; `verify` builds them in its
/// rounds instead). `before_round` hears each round as it starts.
pub fn prove_alone<'q>(
    course: &Course,
    quizzes: Vec<&'q Quiz>,
    mut before_round: impl FnMut(usize, usize),
) -> Result<Prover<'q>> {
    let mut prover = Prover::plan(course, quizzes)?;
    if prover.crates.is_empty() {
        return Ok(prover);
    }
    let scratch = Scratch::new(course, "quiz-proofs")?;
    scratch.shared_workspace(&prover.members())?;
    let rounds = prover.rounds();
    for round in 0..rounds {
        before_round(round, rounds);
        prover.write_round(&scratch, round)?;
        let builds = scratch.build_all(Lints::Clippy)?;
        let seconds = timings::unit_seconds(course.cargo.target_dir()?);
        prover.after_round(round, &builds, &seconds)?;
    }
    Ok(prover)
}

/// Verify's timing line for the proofs.
pub fn timing(prover: &Prover) -> String {
    format!(
        "{} compiling {} crate versions, {} running their tests",
        human_duration(prover.build_time),
        prover.builds(),
        human_duration(prover.test_time)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ledger(outcomes: &[(&str, Outcome)], output: &str) -> Ledger {
        Ledger {
            outcomes: outcomes
                .iter()
                .map(|(n, o)| ((*n).to_string(), *o))
                .collect(),
            output: output.into(),
            trouble: None,
            elapsed: Duration::ZERO,
        }
    }

    #[test]
    fn a_plain_run_is_read_from_the_shared_run_test_by_test() {
        let output = "---- a::fails stdout ----\n\nthread 'a::fails' (77) panicked at src/lib.rs:1:1:\nboom\n\nfailures:\n    a::fails\n";
        let shared = ledger(
            &[
                ("a::passes", Outcome::Passed),
                ("a::fails", Outcome::Failed),
                ("a::later", Outcome::Ignored),
            ],
            output,
        );
        let passed = read_run("q", &shared, &["a::passes"], true, &[]);
        assert_eq!(passed.verdict, RunVerdict::Passed);
        let failed = read_run("q", &shared, &["a::fails"], true, &[]);
        assert_eq!(
            failed.verdict,
            RunVerdict::Failed("failed (a::fails: boom)".into())
        );
        assert!(
            failed
                .output
                .starts_with("---- a::fails stdout ----\n\nthread 'a::fails' panicked"),
            "{}",
            failed.output
        );
        let every = read_run("q", &shared, &[], true, &[]);
        assert_eq!(every.failed, ["a::fails"]);
        let typo = read_run("q", &shared, &["a::pases"], true, &[]);
        assert!(
            matches!(typo.verdict, RunVerdict::Invalid(why) if why.contains("no test named `a::pases`"))
        );
        let ignored = read_run("q", &shared, &["a::later"], true, &[]);
        assert!(
            matches!(ignored.verdict, RunVerdict::Invalid(why) if why.contains("ignored = true"))
        );
    }

    #[test]
    fn a_crate_in_a_workspace_is_named_by_its_last_two_folders() {
        let dir = Path::new("/t/kata-verify/ws/kata-verify-0a/quiz-09");
        assert_eq!(
            prefixes(dir),
            [
                "/t/kata-verify/ws/kata-verify-0a/quiz-09",
                "kata-verify-0a/quiz-09"
            ]
        );
    }
}
