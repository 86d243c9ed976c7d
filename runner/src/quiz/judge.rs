//! Holding every proven answer key against what its runs did (QUIZ-SPEC.md,
//! "Proofs"), once `proofs.rs` has run them: a choice's run must have done
//! what its key says (failed, passed, or failed with the output the
//! question shows), and on a broken version, the same run must pass on the
//! real code. A wrong key is named by its question and choice, with what
//! actually happened. Recording the outputs that questions show is here
//! too, since it reads the same runs.

use anyhow::Result;

use super::output::{first_missing, normalize, recording};
use super::proofs::{Prover, RunVerdict, tail};
use super::{CorrectMeans, Question, Quiz};
use crate::course::Course;
use crate::files;
use crate::layout::QUIZZES_DIR;

/// A line of what the proofs found, for `verify` to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    Holds(String),
    Wrong { what: String, detail: String },
}

/// What the proofs found about one quiz (and the crates it was first to
/// use).
#[derive(Debug)]
pub struct Report {
    pub number: String,
    pub entries: Vec<Entry>,
    /// How many of its questions are proven, and how many it has.
    pub proven: usize,
    pub questions: usize,
    /// How many proven questions' keys held.
    pub held: usize,
}

impl Prover<'_> {
    /// Holds every proven key against what its runs did: one report per
    /// quiz, in order.
    pub fn judge(&self, course: &Course) -> Vec<Report> {
        let mut reports = Vec::new();
        for quiz in &self.quizzes {
            let mut entries: Vec<Entry> = self
                .crates
                .iter()
                .filter(|c| c.first_quiz.as_ref() == Some(&quiz.number))
                .flat_map(|c| c.entries.iter().cloned())
                .collect();
            let mut held = 0;
            for question in &quiz.questions {
                if let Some(proof) = &question.proof {
                    let judged = self.judge_question(course, quiz, question, proof.correct_means);
                    held += usize::from(matches!(judged.as_slice(), [Entry::Holds(_)]));
                    entries.extend(judged);
                }
            }
            reports.push(Report {
                number: quiz.number.clone(),
                entries,
                proven: quiz.proven(),
                questions: quiz.questions.len(),
                held,
            });
        }
        let unproven: Vec<Entry> = self
            .crates
            .iter()
            .filter(|c| c.first_quiz.is_none())
            .flat_map(|c| c.entries.iter().cloned())
            .collect();
        if !unproven.is_empty() {
            reports.push(Report {
                number: String::new(),
                entries: unproven,
                proven: 0,
                questions: 0,
                held: 0,
            });
        }
        reports
    }

    fn judge_question(
        &self,
        course: &Course,
        quiz: &Quiz,
        question: &Question,
        means: CorrectMeans,
    ) -> Vec<Entry> {
        let full = quiz.full_id(question);
        let recorded = match (
            means,
            question.proof.as_ref().and_then(|p| p.output.as_deref()),
        ) {
            (CorrectMeans::ShowsOutput, Some(output)) => {
                Some((output, read_recorded(course, output)))
            }
            _ => None,
        };
        if let Some((output, None)) = &recorded {
            return vec![Entry::Wrong {
                what: format!(
                    "{full}: there is no recorded output {QUIZZES_DIR}/{output}: record it with `cargo kata dev quizzes --record`"
                ),
                detail: String::new(),
            }];
        }
        let mut wrong = Vec::new();
        let mut runs = 0;
        let mut brokens = Vec::new();
        for planned in self
            .planned
            .iter()
            .filter(|p| std::ptr::eq(p.question, question))
        {
            runs += 1;
            let at = format!("{full}, choice `{}`", planned.choice.id);
            let Some(ran) = &planned.result else {
                wrong.push(Entry::Wrong {
                    what: format!("{at}: its run never ran (its crate version was not built)"),
                    detail: String::new(),
                });
                continue;
            };
            if let RunVerdict::Invalid(why) = &ran.verdict {
                wrong.push(Entry::Wrong {
                    what: format!("{at}: its run proves nothing: {why}"),
                    detail: String::new(),
                });
                continue;
            }
            if let Some(broken) = &planned.run.broken {
                if !brokens.contains(&broken.as_str()) {
                    brokens.push(broken.as_str());
                }
                match planned.baseline.as_ref().map(|b| &b.verdict) {
                    Some(RunVerdict::Passed) => {}
                    Some(RunVerdict::Failed(what)) => {
                        wrong.push(Entry::Wrong {
                            what: format!(
                                "{at}: the same run fails on the real code too ({what}), so its result on `{broken}` is not the broken version's doing"
                            ),
                            detail: String::new(),
                        });
                        continue;
                    }
                    Some(RunVerdict::Invalid(why)) => {
                        wrong.push(Entry::Wrong {
                            what: format!(
                                "{at}: its baseline on the real code proves nothing: {why}"
                            ),
                            detail: String::new(),
                        });
                        continue;
                    }
                    None => {
                        wrong.push(Entry::Wrong {
                            what: format!("{at}: its baseline on the real code never ran"),
                            detail: String::new(),
                        });
                        continue;
                    }
                }
            }
            let (is_right, happened) = match (&ran.verdict, means) {
                (RunVerdict::Passed, CorrectMeans::Passes) => (true, "passed".to_string()),
                (RunVerdict::Passed, _) => (false, "passed".to_string()),
                (RunVerdict::Failed(what), CorrectMeans::Fails) => (true, what.clone()),
                (RunVerdict::Failed(what), CorrectMeans::Passes) => (false, what.clone()),
                (RunVerdict::Failed(what), CorrectMeans::ShowsOutput) => {
                    let (output, text) = recorded
                        .as_ref()
                        .and_then(|(o, t)| Some((*o, t.as_deref()?)))
                        .unwrap_or(("", ""));
                    match first_missing(text, &ran.output) {
                        None => (true, format!("{what}, with the output the question shows")),
                        Some((line, missing)) => (
                            false,
                            format!(
                                "{what} without the output the question shows (line {line} of {QUIZZES_DIR}/{output}, `{missing}`, is not in what it printed)"
                            ),
                        ),
                    }
                }
                (RunVerdict::Invalid(_), _) => continue,
            };
            if is_right != planned.choice.correct {
                let key = if planned.choice.correct {
                    "right"
                } else {
                    "wrong"
                };
                wrong.push(Entry::Wrong {
                    what: format!(
                        "{at}: its run {happened}, but the key says it is {key}, which means {}",
                        means.meaning(planned.choice.correct)
                    ),
                    detail: tail(&ran.output, 30),
                });
            }
        }
        if !wrong.is_empty() {
            return wrong;
        }
        let on_real = runs
            - self
                .planned
                .iter()
                .filter(|p| std::ptr::eq(p.question, question) && p.run.broken.is_some())
                .count();
        let versions = match brokens.as_slice() {
            [one] => format!("`{one}`"),
            many => format!("{} broken versions", many.len()),
        };
        let against = match (on_real, brokens.is_empty()) {
            (_, true) => "on the real code".to_string(),
            (0, false) => format!("against {versions}, each passing on the real code"),
            (_, false) => {
                format!("on the real code and against {versions}, whose runs pass on the real code")
            }
        };
        vec![Entry::Holds(format!(
            "{full}: the key holds ({runs} runs {against})"
        ))]
    }

    /// For `cargo kata dev quizzes --record`: writes the output of every
    /// shows-output question whose recording is missing or no longer
    /// shown by its run, from the run of its right choice. A recording its
    /// run still shows stays as it is (a maintainer may have trimmed it).
    /// Returns a line per question.
    pub fn record(&self, course: &Course) -> Result<Vec<String>> {
        let mut said = Vec::new();
        for quiz in &self.quizzes {
            for question in &quiz.questions {
                let Some(proof) = &question.proof else {
                    continue;
                };
                let (CorrectMeans::ShowsOutput, Some(output)) =
                    (proof.correct_means, proof.output.as_deref())
                else {
                    continue;
                };
                let full = quiz.full_id(question);
                let shown = format!("{QUIZZES_DIR}/{output}");
                let source = self.planned.iter().find(|p| {
                    std::ptr::eq(p.question, question)
                        && p.choice.correct
                        && p.result
                            .as_ref()
                            .is_some_and(|r| matches!(r.verdict, RunVerdict::Failed(_)))
                });
                let Some(ran) = source.and_then(|p| p.result.as_ref()) else {
                    said.push(format!(
                        "{full}: not recorded: no right choice's run fails, so there is no output to show"
                    ));
                    continue;
                };
                let existing = read_recorded(course, output);
                if let Some(existing) = &existing
                    && first_missing(existing, &ran.output).is_none()
                {
                    said.push(format!("{shown}: its run still shows it; left as it is"));
                    continue;
                }
                let text = recording(&ran.output, &ran.failed);
                files::write_atomic(&files::native(&course.quizzes_dir(), output), text)?;
                said.push(format!(
                    "{shown}: {} from a run of its right choice",
                    if existing.is_some() {
                        "recorded again"
                    } else {
                        "recorded"
                    }
                ));
            }
        }
        Ok(said)
    }
}

/// A recorded output, normalized for comparison; `None` when there is none.
fn read_recorded(course: &Course, output: &str) -> Option<String> {
    let text = std::fs::read_to_string(files::native(&course.quizzes_dir(), output)).ok()?;
    Some(normalize(&text, &[]))
}
