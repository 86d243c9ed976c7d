//! The katas' half of `verify`, in rounds: every kata's starter in one cargo
//! build, then every solution, then the first mutant of every kata, then the
//! second, and so on. One shared scratch workspace holds every kata, so that
//! cargo compiles the katas of a round side by side on every core and the
//! dependencies once for all of them; a kata whose files did not change in a
//! round is not compiled again. The quizzes' proof crates ride along
//! (`quiz/proofs.rs`): each crate's real code in the first round, its
//! broken versions one per round after that.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Result;

use super::cache;
use super::cache::{Cache, Proof};
use super::{Findings, Options, describe};
use crate::build::{Build, Lints};
use crate::cargo::human_duration;
use crate::course::{Course, Kata, Kind, Mutant};
use crate::files::{self, Tree};
use crate::layout;
use crate::limits;
use crate::mutants::{self, MutantOutcome, Unviable};
use crate::quiz::proofs::Prover;
use crate::scratch::Scratch;
use crate::solutions;
use crate::starters;
use crate::steps::Steps;
use crate::test_run::{self, Found, Plan};
use crate::timings;

/// What verify found about one kata, in the order it checked things.
pub struct VerifiedKata<'a> {
    pub kata: &'a Kata,
    pub findings: Findings,
    /// What compiling the kata's variants took, from cargo's own timings,
    /// and running their tests.
    pub build_time: Duration,
    pub test_time: Duration,
    pub starter_fails: bool,
    pub solution_passes: bool,
    pub mutants_caught: usize,
    /// Proved by an earlier run and unchanged since (`cache.rs`).
    pub reused: bool,
}

/// One kata through the rounds.
struct KataRun<'a> {
    report: VerifiedKata<'a>,
    starter: Tree,
    solved: Tree,
    dir: PathBuf,
    /// How long the solution's tests took, once they passed: the baseline
    /// that the mutants' time limits come from.
    baseline: Option<Duration>,
    /// The mutants that apply and have the shape of one, with their trees.
    mutants: Vec<(&'a Mutant, Tree)>,
    /// Whether the solution is rustfmt-clean.
    formatted: bool,
    /// The key its proof is kept under, and where in its findings the
    /// proof begins (what comes before is checked on every run).
    key: Option<String>,
    proof_from: usize,
}

/// Verifies `katas`, and the crates of the book's examples alongside them
/// in the first round (one build of the dependencies for all), and builds
/// and runs the quizzes' proofs in the same rounds: the katas' reports, and
/// what was found about the examples.
///
/// A kata that `cache` holds a proof of is not built or run: its report
/// says what was proved. It stays a member of the shared workspace, as do
/// the `unchanged` crates (the quizzes', when they are proved already), so
/// that every build resolves the same dependency features as a full run and
/// reuses its builds of the dependencies.
pub fn verify<'a>(
    course: &Course,
    katas: &[&'a Kata],
    options: &Options,
    steps: &Steps,
    quizzes: &mut Prover,
    cache: &mut Cache,
    unchanged: &[(String, Tree)],
) -> Result<(Vec<VerifiedKata<'a>>, Findings)> {
    let scratch = Scratch::new(course, "kata-verify")?;
    let mut runs = Vec::new();
    let mut reports = Vec::new();
    let mut kept: Vec<(&str, Tree)> = unchanged
        .iter()
        .map(|(folder, tree)| (folder.as_str(), tree.clone()))
        .collect();
    for kata in katas {
        match KataRun::set_up(course, kata, options) {
            Ok(mut run) => {
                run.key = cache.kata_key(course, kata);
                match cache.take(&cache::kata_name(kata), run.key.as_deref()) {
                    Some(proof) => {
                        kept.push((kata.folder.as_str(), run.solved.clone()));
                        reports.push(run.proven(&proof));
                    }
                    None => runs.push(run),
                }
            }
            // Why is in its findings.
            Err(report) => reports.push(report),
        }
    }
    let mut members: Vec<&str> = runs
        .iter()
        .map(|run| run.report.kata.folder.as_str())
        .collect();
    members.extend(course.examples.iter().map(String::as_str));
    members.extend(quizzes.members());
    members.extend(kept.iter().map(|(folder, _)| *folder));
    scratch.shared_workspace(&members)?;
    for (folder, tree) in &kept {
        scratch.keep_member(folder, tree)?;
    }

    steps.start(
        "every kata's starter, the book's examples and the quizzes' crates, clippy's lints on (one build for all)",
    );
    for run in &mut runs {
        run.dir = scratch.write_member(&run.report.kata.folder, &run.starter)?;
    }
    let mut example_dirs = Vec::new();
    for example in &course.examples {
        let tree = files::read_tree(&course.root.join(example), &[])?;
        example_dirs.push((example, scratch.write_member(example, &tree)?));
    }
    quizzes.write_round(&scratch, 0)?;
    let builds = build_round(course, &scratch, &mut runs, quizzes, 0)?;
    for run in &mut runs {
        run.check_starter(builds.get(&run.dir))?;
    }
    let mut examples = Findings::new("book".into());
    for (example, dir) in &example_dirs {
        check_example(example, builds.get(dir), &mut examples)?;
    }
    steps.finish_step();

    steps.start("every kata's solution, clippy's lints on");
    for run in &mut runs {
        let solved = run.solved.clone();
        scratch.write_member(&run.report.kata.folder, &solved)?;
        run.check_formatting(course)?;
    }
    quizzes.write_round(&scratch, 1)?;
    let builds = build_round(course, &scratch, &mut runs, quizzes, 1)?;
    for run in &mut runs {
        run.check_solution(builds.get(&run.dir))?;
        run.prepare_mutants(course)?;
    }
    steps.finish_step();

    let rounds = runs
        .iter()
        .map(|run| run.mutants.len())
        .max()
        .unwrap_or(0)
        .max(quizzes.rounds().saturating_sub(2));
    for round in 0..rounds {
        steps.start(&format!(
            "mutant {} of every kata that has one, and the quizzes' next broken versions ({} rounds)",
            round + 1,
            rounds
        ));
        let mut changed = Vec::new();
        for (index, run) in runs.iter().enumerate() {
            if let Some((_, tree)) = run.mutants.get(round) {
                scratch.write_member(&run.report.kata.folder, tree)?;
                changed.push(index);
            }
        }
        quizzes.write_round(&scratch, round + 2)?;
        // The same lints as the rounds before: a kata that did not change
        // stays built, instead of being compiled again without them.
        let builds = build_round(course, &scratch, &mut runs, quizzes, round + 2)?;
        for index in changed {
            let run = &mut runs[index];
            let mutant = run.mutants[round].0;
            run.check_mutant(mutant, builds.get(&run.dir))?;
        }
        steps.finish_step();
    }

    for mut run in runs {
        let name = cache::kata_name(run.report.kata);
        cache.keep(&name, run.key.take(), run.proof());
        reports.push(run.report);
    }
    reports.sort_by(|a, b| a.kata.id.cmp(&b.kata.id));
    Ok((reports, examples))
}

/// What a kata is made of.
struct KataTrees {
    /// The recorded starter.
    starter: Tree,
    /// The kata as it stands solved.
    solved: Tree,
    /// The solution's overlay alone.
    overlay: Tree,
}

fn read_kata(course: &Course, kata: &Kata) -> Result<KataTrees> {
    Ok(KataTrees {
        starter: starters::load(course, kata)?,
        solved: solutions::solved(course, kata)?,
        overlay: solutions::overlay(course, kata)?,
    })
}

/// A crate of the book's examples: clippy-clean, and its tests pass without
/// writing a snapshot.
fn check_example(package: &str, build: Option<&Build>, findings: &mut Findings) -> Result<()> {
    let Some(build) = build else {
        findings.fail(
            format!("the book's examples in {package} were not built"),
            "",
        );
        return Ok(());
    };
    let mut plan = Plan::new(limits::REFERENCE_TESTS);
    plan.env.push(("INSTA_UPDATE", "no"));
    let run = test_run::run(build, &plan)?;
    match (&run.found, build.warnings.is_empty()) {
        (Found::Passed { tests, .. }, true) => findings.ok(format!(
            "the book's examples in {package} are clippy-clean and pass ({} tests)",
            tests.len()
        )),
        (Found::Passed { .. }, false) => findings.fail(
            format!("{package} builds with {} warning(s)", build.warnings.len()),
            &build.warnings.join("\n"),
        ),
        (other, _) => findings.fail(
            format!("the book's examples in {package} do not pass"),
            &describe(other),
        ),
    }
    Ok(())
}

/// One cargo build of the shared workspace; each kata's share of its time.
/// The quizzes' proofs then run what this round built of their crates.
fn build_round(
    course: &Course,
    scratch: &Scratch,
    runs: &mut [KataRun],
    quizzes: &mut Prover,
    round: usize,
) -> Result<std::collections::BTreeMap<PathBuf, Build>> {
    let builds = scratch.build_all(Lints::Clippy)?;
    let seconds = timings::unit_seconds(course.cargo.target_dir()?);
    for run in runs {
        if let Some(&spent) = seconds.get(&run.report.kata.package()) {
            run.report.build_time += Duration::from_secs_f64(spent);
        }
    }
    quizzes.after_round(round, &builds, &seconds)?;
    Ok(builds)
}

impl<'a> KataRun<'a> {
    /// Reads what the kata is made of, and checks what needs no build. A
    /// kata that cannot be read comes back as its findings, which say why.
    fn set_up(
        course: &Course,
        kata: &'a Kata,
        options: &Options,
    ) -> Result<KataRun<'a>, VerifiedKata<'a>> {
        let mut report = VerifiedKata {
            kata,
            findings: Findings::new(format!("kata {}", kata.id)),
            build_time: Duration::ZERO,
            test_time: Duration::ZERO,
            starter_fails: false,
            solution_passes: false,
            mutants_caught: 0,
            reused: false,
        };
        let unreadable = |report: &mut VerifiedKata, error: anyhow::Error| {
            report
                .findings
                .fail("could not be verified", &format!("{error:#}"));
        };
        let KataTrees {
            starter,
            solved,
            overlay,
        } = match read_kata(course, kata) {
            Ok(trees) => trees,
            Err(error) => {
                unreadable(&mut report, error);
                return Err(report);
            }
        };
        check_learner_folder(course, kata, options, &mut report.findings);
        check_package_name(kata, &starter, &mut report.findings);
        if let Err(error) = check_mutant_files(course, kata, &mut report.findings) {
            unreadable(&mut report, error);
            return Err(report);
        }
        check_overlay_differs(&overlay, &starter, &mut report.findings);
        Ok(KataRun {
            report,
            starter,
            solved,
            dir: PathBuf::new(),
            baseline: None,
            mutants: Vec::new(),
            formatted: false,
            key: None,
            proof_from: 0,
        }
        .with_proof_from_here())
    }

    fn with_proof_from_here(mut self) -> Self {
        self.proof_from = self.report.findings.entries.len();
        self
    }

    /// The kata's report with an earlier run's proof in place of building
    /// and running it.
    fn proven(self, proof: &Proof) -> VerifiedKata<'a> {
        let mut report = self.report;
        Proof::replay(&proof.lines, &mut report.findings);
        report.starter_fails = proof.starter_fails;
        report.solution_passes = proof.solution_passes;
        report.mutants_caught = proof.mutants_caught;
        report.reused = true;
        report
    }

    /// What this run proved of the kata, to keep; `None` if it found a
    /// failure anywhere, even before the builds.
    fn proof(&self) -> Option<Proof> {
        let report = &self.report;
        let entries = &report.findings.entries;
        if !report.findings.is_clean() {
            return None;
        }
        Proof::of_kata(
            &entries[self.proof_from..],
            report.starter_fails,
            report.solution_passes,
            report.mutants_caught,
            report.build_time,
            report.test_time,
        )
    }

    fn check_starter(&mut self, build: Option<&Build>) -> Result<()> {
        let findings = &mut self.report.findings;
        let Some(build) = build else {
            findings.fail("starter was not built", "cargo made nothing for it");
            return Ok(());
        };
        if build.succeeded() && build.warnings.is_empty() {
            findings.ok("starter builds with no warnings (clippy included)");
        } else if build.succeeded() {
            findings.fail(
                format!("starter builds with {} warning(s)", build.warnings.len()),
                &build.warnings.join("\n"),
            );
        }
        let run = test_run::run(build, &Plan::new(limits::REFERENCE_TESTS))?;
        self.report.test_time += run.elapsed;
        match run.found {
            Found::Failed {
                failures, passed, ..
            } => {
                self.report.starter_fails = true;
                findings.ok(format!(
                    "starter tests fail, as they should ({} of {} fail)",
                    failures.len(),
                    failures.len() + passed
                ));
            }
            Found::Passed { .. } => {
                findings.fail("starter tests pass: the learner has nothing to do", "");
            }
            Found::DidNotBuild { error } => findings.fail("starter does not build", &error),
            other => findings.fail("starter tests do not run", &describe(&other)),
        }
        Ok(())
    }

    fn check_formatting(&mut self, course: &Course) -> Result<()> {
        let manifest = self.dir.join("Cargo.toml");
        let manifest = manifest.to_string_lossy();
        let fmt = course.cargo.run(
            &self.dir,
            &[
                "fmt",
                "--check",
                "--manifest-path",
                &manifest,
                "--",
                "--color",
                "never",
            ],
            limits::QUICK,
        )?;
        self.formatted = fmt.success();
        if !self.formatted {
            self.report
                .findings
                .fail("solution is not rustfmt-clean", &fmt.tail(super::TAIL));
        }
        Ok(())
    }

    fn check_solution(&mut self, build: Option<&Build>) -> Result<()> {
        let findings = &mut self.report.findings;
        let Some(build) = build else {
            findings.fail("solution was not built", "cargo made nothing for it");
            return Ok(());
        };
        if !build.warnings.is_empty() {
            findings.fail(
                format!("solution builds with {} warning(s)", build.warnings.len()),
                &build.warnings.join("\n"),
            );
        } else if build.succeeded() && self.formatted {
            findings.ok("solution is rustfmt-clean and clippy-clean");
        }
        let run = test_run::run(build, &Plan::new(limits::REFERENCE_TESTS))?;
        self.report.test_time += run.elapsed;
        match &run.found {
            Found::Passed { tests, .. } => {
                self.report.solution_passes = true;
                self.baseline = Some(run.elapsed);
                findings.ok(format!(
                    "solution tests pass ({} tests, in {})",
                    tests.len(),
                    human_duration(run.elapsed)
                ));
            }
            Found::Failed { failures, .. } => {
                let names: Vec<&str> = failures.iter().map(|f| f.test.as_str()).collect();
                findings.fail(
                    format!("solution tests fail: {}", names.join(", ")),
                    &describe(&run.found),
                );
            }
            other => findings.fail("solution tests do not pass", &describe(other)),
        }
        Ok(())
    }

    /// Applies every mutant to the solved kata, over a green baseline only,
    /// as cargo-mutants does.
    fn prepare_mutants(&mut self, course: &Course) -> Result<()> {
        let kata = self.report.kata;
        if kata.mutants.is_empty() {
            return Ok(());
        }
        if self.baseline.is_none() {
            self.report.findings.fail(
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
            match mutants::apply(course, kata, mutant, &self.solved) {
                Err(error) => {
                    self.report
                        .findings
                        .fail(format!("{what}: does not apply"), &format!("{error:#}"));
                }
                Ok(applied) => match mutants::shape_problem(&applied, &self.solved) {
                    Some(problem) => self.report.findings.fail(format!("{what}: {problem}"), ""),
                    None => self.mutants.push((mutant, applied.tree)),
                },
            }
        }
        Ok(())
    }

    fn check_mutant(&mut self, mutant: &Mutant, build: Option<&Build>) -> Result<()> {
        let what = format!("mutant `{}` ({})", mutant.name, mutant.description);
        let findings = &mut self.report.findings;
        let Some(build) = build else {
            findings.fail(
                format!("{what}: was not built"),
                "cargo made nothing for it",
            );
            return Ok(());
        };
        let baseline = self.baseline.unwrap_or(limits::REFERENCE_TESTS);
        let run = test_run::run(build, &mutants::plan(baseline))?;
        self.report.test_time += run.elapsed;
        match MutantOutcome::from_found(run.found) {
            MutantOutcome::Missed => findings.fail(
                format!("{what}: survived; the solution's tests still pass with it"),
                "",
            ),
            MutantOutcome::Unviable(Unviable::DoesNotBuild(error)) => findings.fail(
                format!("{what}: does not build, so it proves nothing"),
                &error,
            ),
            MutantOutcome::Unviable(Unviable::NoTests) => {
                findings.fail(format!("{what}: no test ran"), "no test ran");
            }
            MutantOutcome::Unviable(Unviable::DoesNotApply(error)) => {
                findings.fail(format!("{what}: does not apply"), &error);
            }
            MutantOutcome::TimedOut { limit, unfinished } => {
                self.report.mutants_caught += 1;
                findings.ok(format!(
                    "{what}: caught (timed out after {}: {} did not finish)",
                    human_duration(limit),
                    unfinished.join(", ")
                ));
            }
            MutantOutcome::Caught { by } => {
                self.report.mutants_caught += 1;
                findings.ok(format!(
                    "{what}: caught by {}",
                    by.first().map_or("a crash", String::as_str)
                ));
            }
        }
        Ok(())
    }
}

fn check_learner_folder(course: &Course, kata: &Kata, options: &Options, findings: &mut Findings) {
    match starters::changes(course, kata, &course.kata_dir(kata)) {
        Ok(changed) if changed.is_empty() => findings.ok("katas/ matches the recorded starter"),
        Ok(changed) => {
            let what = format!(
                "katas/{} differs from its recorded starter in {}",
                kata.folder,
                changed.join(", ")
            );
            if options.strict() {
                let advice = format!(
                    "if the change is meant, record it: `cargo kata dev snapshot {}`",
                    kata.id
                );
                findings.fail(what, &advice);
            } else {
                findings.note(format!(
                    "{what} (a learner's work, or a change to record with `cargo kata dev snapshot {}`); verifying the recorded starter",
                    kata.id
                ));
            }
        }
        Err(error) => findings.fail("katas/ folder cannot be read", &format!("{error:#}")),
    }
}

fn check_package_name(kata: &Kata, starter: &Tree, findings: &mut Findings) {
    let expected = kata.package();
    match files::package_name(starter) {
        Some(name) if name == expected => findings.ok(format!("package is named {expected}")),
        other => findings.fail(
            format!("package must be named {expected}, found {other:?}"),
            "",
        ),
    }
}

/// An overlay holds only files that differ from what it is laid on, so that
/// each file has one copy and a reader sees at once what changed.
fn check_overlay_differs(overlay: &Tree, base: &Tree, findings: &mut Findings) {
    if overlay.is_empty() {
        findings.fail("solution overlay is empty", "");
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
        findings.fail(
            format!(
                "solution overlay repeats files unchanged: {}",
                unchanged.join(", ")
            ),
            "remove them from the overlay",
        );
    }
}

/// The mutants folder holds one patch per listed mutant, and nothing else.
fn check_mutant_files(course: &Course, kata: &Kata, findings: &mut Findings) -> Result<()> {
    let dir = course.mutants_dir(kata);
    let shown = course.relative(&dir);
    let on_disk = super::entry_names(&dir)?;
    let listed: Vec<String> = kata
        .mutants
        .iter()
        .map(|m| layout::patch_file_name(&m.name))
        .collect();
    for name in &on_disk {
        if !listed.contains(name) {
            findings.fail(
                format!("{shown}/{name} is not a mutant listed in course.toml"),
                "a mutant is a `<name>.patch` with an entry `[[kata.mutants]] name = \"<name>\"`",
            );
        }
    }
    for name in &listed {
        if !on_disk.contains(name) {
            findings.fail(format!("mutant patch {name} is missing from {shown}/"), "");
        }
    }
    if kata.kind == Kind::MakeItPass && !kata.mutants.is_empty() {
        findings
            .note("a make-it-pass kata with mutants: check runs them like a write-the-tests kata");
    }
    Ok(())
}
