//! `cargo kata dev quizzes [--record]`: writes each chapter's quiz block
//! (between its markers, or in a new `## Quiz` section before the kata's),
//! from `quizzes/NN.toml`, and adds new question and choice ids (the
//! concept check's too) to `quizzes/ids.txt`. With `--record`, it also runs the proofs of the
//! questions that show a failure output, in a scratch copy, and records
//! each output that is missing or that its run no longer prints.
//!
//! A quiz file that is not well-formed is left out, and its problems make
//! the command fail after it wrote the others.

use anyhow::{Result, bail};

use crate::course::Course;
use crate::files;
use crate::quiz::ids::Published;
use crate::quiz::judge::Entry;
use crate::quiz::proofs;
use crate::quiz::{CorrectMeans, Quiz, Quizzes, block, validate};
use crate::ui::{self, NOTE};
use crate::verdict::Verdict;

pub fn run(course: &Course, record: bool) -> Result<Verdict> {
    let quizzes = Quizzes::load(course)?;
    let problems = validate::all_problems(course, &quizzes);
    let valid: Vec<&Quiz> = quizzes
        .quizzes
        .iter()
        .filter(|quiz| validate::problems(course, quiz).is_empty())
        .collect();

    // The concept check is not in the book: it is taken in the terminal, at
    // both ends of a workshop.
    for quiz in valid.iter().filter(|quiz| !quiz.is_concept_check()) {
        let path = course.book_file(&quiz.chapter);
        let text = fs_err::read_to_string(&path)?;
        let block = block::render(quiz, &quiz.chapter);
        match block::rewrite_chapter(&text, &quiz.number, &block) {
            Ok(rewritten) if rewritten == text => {
                println!("book/{}: its quiz is up to date", quiz.chapter);
            }
            Ok(rewritten) => {
                files::write_atomic(&path, rewritten)?;
                println!(
                    "book/{}: wrote its quiz ({} questions) from {}",
                    quiz.chapter,
                    quiz.questions.len(),
                    quiz.file()
                );
            }
            Err(problem) => bail!("book/{}: {problem}", quiz.chapter),
        }
    }

    let published = Published::load(course)?;
    let updated = published.with(&valid);
    if updated != published || !course.quiz_ids_file().exists() {
        files::write_atomic(&course.quiz_ids_file(), updated.render())?;
        println!("quizzes/ids.txt: recorded the new ids");
    }

    if record {
        record_outputs(course, &valid)?;
    }

    if problems.is_empty() {
        Ok(Verdict::Done)
    } else {
        bail!(
            "{} problem(s) in the quizzes; the quizzes with problems were left out:\n  {}",
            problems.len(),
            problems.join("\n  ")
        )
    }
}

/// Runs the proofs of the quizzes whose questions show an output, and
/// records those outputs; says what the proofs found on the way, so that a
/// wrong key is seen while recording.
fn record_outputs(course: &Course, valid: &[&Quiz]) -> Result<()> {
    let showing: Vec<&Quiz> = valid
        .iter()
        .filter(|quiz| {
            quiz.questions.iter().any(|q| {
                q.proof
                    .as_ref()
                    .is_some_and(|p| p.correct_means == CorrectMeans::ShowsOutput)
            })
        })
        .copied()
        .collect();
    if showing.is_empty() {
        println!("no question shows a failure output: nothing to record");
        return Ok(());
    }
    let prover = proofs::prove_alone(course, showing, |round, rounds| {
        anstream::eprintln!(
            "{}",
            ui::status(
                NOTE,
                "Building",
                format!(
                    "the quizzes' crate versions, round {} of {rounds}",
                    round + 1
                )
            )
        );
    })?;
    for line in prover.record(course)? {
        println!("{line}");
    }
    for report in prover.judge(course) {
        for entry in report.entries {
            if let Entry::Wrong { what, .. } = entry {
                anstream::eprintln!("warning: {what}");
            }
        }
    }
    Ok(())
}
