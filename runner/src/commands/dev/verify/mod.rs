//! `cargo kata dev verify`: the maintainer's proof that the course is sound
//! (`cargo test` at the root runs it, through `runner/tests/self_check.rs`).
//!
//! For every kata, in scratch workspaces (never in `katas/`): the recorded
//! starter builds warning-free (clippy's lints included) and its tests fail;
//! the solution overlay is rustfmt- and clippy-clean and its tests pass; then,
//! only if they pass (the baseline), every mutant applies, builds and makes
//! the solution's tests fail (`katas.rs`, which does it in rounds). Then the
//! course as a whole: the manifest and the folders agree, the book links
//! every kata, its examples pass, its agendas add up, every include resolves.
//! And the quizzes (`quizzes.rs`): well-formed, in their chapters, every
//! proven answer key run and holding.
//!
//! A kata's proof, and the quizzes' proofs, are kept in `target/` with a key
//! of everything they depend on (`cache.rs`): the next run proves again only
//! what changed (`--fresh` proves everything).

mod cache;
mod katas;
mod quizzes;

use cache::{Cache, Proof};

use std::time::{Duration, Instant};

use anyhow::{Result, bail};

use crate::agendas;
use crate::book;
use crate::cargo::human_duration;
use crate::course::{Course, Kata};
use crate::layout::{KATAS_DIR, SOLUTIONS_DIR, STARTERS_DIR};
use crate::quiz::Quizzes;
use crate::quiz::proofs::{self, Prover};
use crate::steps::Steps;
use crate::test_run::Found;
use crate::ui::{self, BAD, BOLD, GOOD, NOTE};

/// How many lines of output a failure shows.
const TAIL: usize = 30;

pub struct Options {
    /// Only this kata (the course-wide checks always run).
    pub only: Option<String>,
    /// A kata folder that differs from its recorded starter is a failure,
    /// not a note. On whatever this says when CI is set (see [`Options::strict`]).
    pub strict: bool,
    /// Prove everything again, even what an earlier run proved of the same
    /// files (see `cache.rs`).
    pub fresh: bool,
}

impl Options {
    /// Strict when asked, or in CI (`CI` set, and not to `false`): there the
    /// katas must match their recorded starters.
    fn strict(&self) -> bool {
        self.strict || std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false")
    }
}

/// What verify proved, for its last lines and for the self-check's verdict.
#[derive(Debug, Default)]
pub struct Summary {
    pub katas: usize,
    pub starters_failing: usize,
    pub solutions_passing: usize,
    pub mutants: usize,
    pub mutants_caught: usize,
    pub includes: usize,
    /// The quizzes' questions, how many are proven, and how many proven
    /// keys held in this run.
    pub quiz_questions: usize,
    pub quiz_proven: usize,
    pub quiz_keys_held: usize,
    pub checks_passed: usize,
    pub failed: Vec<String>,
    /// Per kata: compiling its variants, and running their tests.
    pub per_kata: Vec<KataTime>,
    /// The quizzes' proofs: compiling their crates' versions and running
    /// their tests, when any ran.
    pub quiz_time: Option<String>,
    /// The proofs taken from an earlier run, unchanged since: "kata 03",
    /// "quizzes".
    pub reused: Vec<String>,
    pub elapsed: Duration,
}

/// What one kata cost verify.
#[derive(Debug)]
pub struct KataTime {
    pub id: String,
    pub build: Duration,
    pub tests: Duration,
    /// Proved by an earlier run, unchanged since: not built or run here.
    pub reused: bool,
}

/// What one part of verify found, in order, to print when it is done.
pub struct Findings {
    subject: String,
    entries: Vec<Entry>,
}

enum Entry {
    Ok(String),
    Fail { what: String, detail: String },
    Note(String),
}

impl Findings {
    pub fn new(subject: String) -> Findings {
        Findings {
            subject,
            entries: Vec::new(),
        }
    }

    pub fn ok(&mut self, what: impl Into<String>) {
        self.entries.push(Entry::Ok(what.into()));
    }

    pub fn fail(&mut self, what: impl Into<String>, detail: &str) {
        self.entries.push(Entry::Fail {
            what: what.into(),
            detail: detail.to_string(),
        });
    }

    pub fn note(&mut self, what: impl Into<String>) {
        self.entries.push(Entry::Note(what.into()));
    }

    /// Whether nothing failed.
    pub fn is_clean(&self) -> bool {
        !self
            .entries
            .iter()
            .any(|entry| matches!(entry, Entry::Fail { .. }))
    }
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

    fn absorb(&mut self, findings: Findings) {
        for entry in findings.entries {
            match entry {
                Entry::Ok(what) => self.ok(what),
                Entry::Fail { what, detail } => self.fail(&findings.subject, what, &detail),
                Entry::Note(what) => self.note(what),
            }
        }
    }
}

pub fn run(course: &Course, options: &Options) -> Result<Summary> {
    let started = Instant::now();
    let katas: Vec<&Kata> = match &options.only {
        Some(id) => vec![course.find(id)?],
        None => course.katas.iter().collect(),
    };
    let all_quizzes = Quizzes::load(course)?;
    let valid_quizzes = quizzes::valid(course, &all_quizzes);
    let only = options.only.as_ref().and(katas.first().copied());
    let mut cache = Cache::open(course, options.fresh);
    // The quizzes' proofs are kept whole, from a run over the whole course:
    // `verify NN` runs one quiz's, and neither takes nor keeps them.
    let quizzes_key = only.is_none().then(|| cache.quizzes_key(course)).flatten();
    let quizzes_proven = cache.take(cache::QUIZZES, quizzes_key.as_deref());
    let mut prover = match quizzes_proven {
        Some(_) => Prover::plan(course, Vec::new())?,
        None => quizzes::plan(course, &valid_quizzes, only)?,
    };
    let rounds =
        (2 + katas.iter().map(|k| k.mutants.len()).max().unwrap_or(0)).max(prover.rounds());
    let mut tally = Tally {
        summary: Summary {
            katas: katas.len(),
            mutants: katas.iter().map(|k| k.mutants.len()).sum(),
            quiz_questions: all_quizzes.quizzes.iter().map(|q| q.questions.len()).sum(),
            quiz_proven: all_quizzes.quizzes.iter().map(|q| q.proven()).sum(),
            ..Summary::default()
        },
        steps: Steps::new(rounds + 1),
    };
    let unchanged = match quizzes_proven {
        Some(_) => quizzes::crates(course)?,
        None => Vec::new(),
    };
    let (reports, examples) = katas::verify(
        course,
        &katas,
        options,
        &tally.steps,
        &mut prover,
        &mut cache,
        &unchanged,
    )?;
    for report in reports {
        let kata = report.kata;
        tally.steps.println(&ui::paint(
            BOLD,
            format!("kata {} · {} ({})", kata.id, kata.title, kata.kind),
        ));
        tally.absorb(report.findings);
        tally.steps.println(&ui::paint(
            NOTE,
            format!(
                "  kata {}: {} compiling, {} running tests",
                kata.id,
                human_duration(report.build_time),
                human_duration(report.test_time)
            ),
        ));
        tally.summary.starters_failing += usize::from(report.starter_fails);
        tally.summary.solutions_passing += usize::from(report.solution_passes);
        tally.summary.mutants_caught += report.mutants_caught;
        tally.summary.per_kata.push(KataTime {
            id: kata.id.clone(),
            build: report.build_time,
            tests: report.test_time,
            reused: report.reused,
        });
    }
    let (sections, held) = match quizzes_proven {
        Some(proof) => {
            tally.summary.quiz_time = Some("unchanged since a verify that proved them".into());
            let sections = proof
                .sections
                .iter()
                .map(|(heading, lines)| {
                    let mut findings = Findings::new(heading.clone());
                    Proof::replay(lines, &mut findings);
                    (heading.clone(), findings)
                })
                .collect();
            (sections, proof.keys_held)
        }
        None => {
            let (sections, held) = quizzes::proofs(course, &prover);
            // Kept only under a key, that is from a run over the whole course.
            cache.keep(
                cache::QUIZZES,
                quizzes_key,
                Proof::of_quizzes(&sections, held),
            );
            (sections, held)
        }
    };
    for (heading, findings) in sections {
        tally.steps.println(&ui::paint(BOLD, heading));
        tally.absorb(findings);
    }
    if prover.builds() > 0 {
        let time = proofs::timing(&prover);
        tally
            .steps
            .println(&ui::paint(NOTE, format!("  quizzes: {time}")));
        tally.summary.quiz_time = Some(format!(
            "{} ({time})",
            human_duration(prover.build_time + prover.test_time)
        ));
    }
    tally.summary.quiz_keys_held = held;
    tally.steps.start("the course and the book");
    tally.steps.println(&ui::paint(BOLD, "course"));
    tally.absorb(examples);
    verify_course(course, &mut tally)?;
    tally.absorb(quizzes::course_checks(
        course,
        &all_quizzes,
        &valid_quizzes,
    )?);
    tally.steps.finish();
    cache.save();

    let mut summary = tally.summary;
    summary.reused = cache.reused;
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
        .map(|time| {
            if time.reused {
                format!("{} unchanged", time.id)
            } else {
                format!("{} {}", time.id, human_duration(time.build + time.tests))
            }
        })
        .collect();
    println!(
        "\ntime per kata (compiling, which runs two at a time, and tests): {}",
        times.join(" · ")
    );
    if let Some(time) = &summary.quiz_time {
        println!("time for the quizzes' proofs: {time}");
    }
    if !summary.reused.is_empty() {
        println!(
            "unchanged since a verify that proved them, so not built or run again: {} \
             (`cargo kata dev verify --fresh` proves everything again)",
            summary.reused.join(", ")
        );
    }
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
        let one = |n: usize, singular: &str, plural: &str| {
            format!("{n} {}", if n == 1 { singular } else { plural })
        };
        let quizzes = if self.quiz_questions == 0 {
            String::new()
        } else {
            format!(
                "; {} of {} quiz questions have answer keys proven by running code ({} of their keys checked)",
                self.quiz_proven, self.quiz_questions, self.quiz_keys_held
            )
        };
        format!(
            "The course is sound: {}; {}, {}, {} of {} by the reference tests, and {}{quizzes} ({}).",
            one(self.katas, "kata", "katas"),
            one(
                self.starters_failing,
                "starter builds cleanly and fails",
                "starters build cleanly and fail"
            ),
            one(
                self.solutions_passing,
                "solution is clean and passes",
                "solutions are clean and pass"
            ),
            self.mutants_caught,
            one(self.mutants, "mutant is caught", "mutants are caught"),
            one(
                self.includes,
                "book include resolves",
                "book includes resolve"
            ),
            human_duration(self.elapsed)
        )
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_verdict_reads_right_for_one_kata_and_for_the_course() {
        let one = Summary {
            katas: 1,
            starters_failing: 1,
            solutions_passing: 1,
            mutants: 1,
            mutants_caught: 1,
            includes: 1,
            ..Summary::default()
        };
        assert_eq!(
            one.verdict(),
            "The course is sound: 1 kata; 1 starter builds cleanly and fails, 1 solution is \
             clean and passes, 1 of 1 mutant is caught by the reference tests, and 1 book \
             include resolves (0ms)."
        );
        let course = Summary {
            katas: 15,
            starters_failing: 15,
            solutions_passing: 15,
            mutants: 47,
            mutants_caught: 47,
            includes: 154,
            ..Summary::default()
        };
        assert_eq!(
            course.verdict(),
            "The course is sound: 15 katas; 15 starters build cleanly and fail, 15 solutions \
             are clean and pass, 47 of 47 mutants are caught by the reference tests, and 154 \
             book includes resolve (0ms)."
        );
    }
}
