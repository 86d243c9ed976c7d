//! The learner's state, with one owner: which katas passed their check (and
//! with which files), the kata they are on, how many hints each kata has
//! shown, their first answer to each quiz question, and to each question of
//! the concept check in each of its rounds (before and after); kept in
//! `.kata/progress.toml` (not committed). Every command that reads or
//! changes it goes through [`LearnerState`]'s methods.
//!
//! A missing or damaged file never stops the runner: `list`, `check` and
//! `watch` rebuild it from a fresh check of the katas the learner has
//! started. A file that is there but cannot be read (its permissions) is an
//! error, never taken for a missing one and overwritten.
//!
//! What a later runner adds to the file is kept as it is by this one, so
//! that an older copy of the runner never drops it.

use std::collections::BTreeMap;
use std::io::ErrorKind;

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

use crate::classroom::wire::Round;
use crate::course::{Course, Kata};
use crate::evaluate;
use crate::files::{self, Tree};
use crate::starters;
use crate::ui::{self, NOTE};

/// Where a learner stands on one kata, read from its folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LearnerStatus {
    /// Untouched: the kata is its recorded starter.
    New,
    /// Changed, and not (or no longer) passing its check.
    Started,
    /// Passed its check with the files it has now.
    Done,
    /// The folder is gone or unreadable.
    Missing,
}

impl LearnerStatus {
    pub fn label(self) -> &'static str {
        match self {
            LearnerStatus::New => "new",
            LearnerStatus::Started => "started",
            LearnerStatus::Done => "done",
            LearnerStatus::Missing => "missing",
        }
    }
}

/// The state file's contents.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Saved {
    /// The kata the learner is on (see [`LearnerState::current`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    current: Option<String>,
    #[serde(default)]
    kata: BTreeMap<String, KataProgress>,
    /// Per chapter (`09`), per question id: the learner's first answer.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    quiz: BTreeMap<String, BTreeMap<String, QuizAnswer>>,
    /// The concept check: per round, per question id, the first answer.
    #[serde(
        default,
        rename = "concept-check",
        skip_serializing_if = "ConceptCheck::is_empty"
    )]
    concept_check: ConceptCheck,
    /// Whatever a newer runner keeps here, kept as it is.
    #[serde(flatten)]
    later: toml::Table,
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
struct KataProgress {
    #[serde(default)]
    hints_shown: usize,
    /// Fingerprint of the kata's files when its check last passed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    passed: Option<String>,
}

/// The first answer a learner gave to a quiz question: the ids of the
/// choices picked, and whether that was the right answer. Later answers
/// (after "try again", or taking the quiz again) change nothing here.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct QuizAnswer {
    first_answer: Vec<String>,
    right_first_time: bool,
}

/// The concept check's two rounds, as the learner took them (on their own,
/// or in a classroom's rounds).
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
struct ConceptCheck {
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    before: BTreeMap<String, QuizAnswer>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    after: BTreeMap<String, QuizAnswer>,
}

impl ConceptCheck {
    fn is_empty(&self) -> bool {
        self.before.is_empty() && self.after.is_empty()
    }

    fn round(&self, round: Round) -> &BTreeMap<String, QuizAnswer> {
        match round {
            Round::Before => &self.before,
            Round::After => &self.after,
        }
    }

    fn round_mut(&mut self, round: Round) -> &mut BTreeMap<String, QuizAnswer> {
        match round {
            Round::Before => &mut self.before,
            Round::After => &mut self.after,
        }
    }
}

pub struct LearnerState {
    saved: Saved,
    /// Whether the file was there and whole when loaded; when it was not,
    /// [`LearnerState::rebuild_if_lost`] checks the started katas again.
    trustworthy: bool,
}

impl LearnerState {
    /// Reads the learner's state. A missing file is a new learner; a
    /// damaged one is set aside (and said so) and started afresh; one that
    /// cannot be read is an error.
    pub fn load(course: &Course) -> Result<LearnerState> {
        let path = course.progress_file();
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) if error.kind() == ErrorKind::NotFound => {
                return Ok(LearnerState::fresh());
            }
            Err(error) => {
                return Err(error).with_context(|| {
                    format!(
                        "cannot read your progress in {}: give it back its read and write \
                         permissions (it is not replaced while it cannot be read)",
                        path.display()
                    )
                });
            }
        };
        match toml::from_str::<Saved>(&text) {
            Ok(saved) => Ok(LearnerState {
                saved,
                trustworthy: true,
            }),
            Err(error) => {
                let damaged = path.with_extension("toml.damaged");
                let kept = match fs_err::rename(&path, &damaged) {
                    Ok(()) => format!("the old one is kept as {}", damaged.display()),
                    Err(rename) => format!(
                        "the old one could not be set aside ({rename}) and will be replaced"
                    ),
                };
                eprintln!(
                    "warning: {} was damaged ({}); starting a fresh one; {kept}",
                    path.display(),
                    error.message().trim(),
                );
                Ok(LearnerState::fresh())
            }
        }
    }

    fn fresh() -> LearnerState {
        LearnerState {
            saved: Saved::default(),
            trustworthy: false,
        }
    }

    pub fn save(&self, course: &Course) -> Result<()> {
        files::write_atomic(&course.progress_file(), toml::to_string(&self.saved)?)
    }

    fn progress(&self, kata: &Kata) -> Option<&KataProgress> {
        self.saved.kata.get(&kata.id)
    }

    fn progress_mut(&mut self, kata: &Kata) -> &mut KataProgress {
        self.saved.kata.entry(kata.id.clone()).or_default()
    }

    pub fn hints_shown(&self, kata: &Kata) -> usize {
        self.progress(kata).map_or(0, |k| k.hints_shown)
    }

    pub fn set_hints_shown(&mut self, kata: &Kata, shown: usize) {
        self.progress_mut(kata).hints_shown = shown;
    }

    /// Whether `cargo kata hint` has levels the learner has not seen.
    pub fn hints_left(&self, kata: &Kata) -> bool {
        self.hints_shown(kata) < kata.hints.len()
    }

    /// Remembers a learner's answer to question `question` of chapter
    /// `chapter`'s quiz, if it is their first.
    pub fn record_quiz_answer(
        &mut self,
        chapter: &str,
        question: &str,
        picked: &[&str],
        right: bool,
    ) {
        self.saved
            .quiz
            .entry(chapter.to_string())
            .or_default()
            .entry(question.to_string())
            .or_insert_with(|| QuizAnswer {
                first_answer: picked.iter().map(|id| (*id).to_string()).collect(),
                right_first_time: right,
            });
    }

    /// Of the questions `ids` of chapter `chapter`'s quiz: how many the
    /// learner has answered, and how many of those right the first time.
    pub fn quiz_results<'a>(
        &self,
        chapter: &str,
        ids: impl IntoIterator<Item = &'a str>,
    ) -> (usize, usize) {
        let Some(answers) = self.saved.quiz.get(chapter) else {
            return (0, 0);
        };
        ids.into_iter().filter_map(|id| answers.get(id)).fold(
            (0, 0),
            |(answered, right), answer| {
                (answered + 1, right + usize::from(answer.right_first_time))
            },
        )
    }

    /// Remembers an answer to the concept check's question `question` in
    /// `round`, if it is the learner's first there.
    pub fn record_concept_answer(
        &mut self,
        round: Round,
        question: &str,
        picked: &[&str],
        right: bool,
    ) {
        self.saved
            .concept_check
            .round_mut(round)
            .entry(question.to_string())
            .or_insert_with(|| QuizAnswer {
                first_answer: picked.iter().map(|id| (*id).to_string()).collect(),
                right_first_time: right,
            });
    }

    /// Whether the learner's first answer to `question` in `round` was
    /// right; `None` when they have not answered it there.
    pub fn concept_result(&self, round: Round, question: &str) -> Option<bool> {
        self.saved
            .concept_check
            .round(round)
            .get(question)
            .map(|answer| answer.right_first_time)
    }

    /// The round a learner on their own is in, for the questions `ids`: the
    /// before until each is answered there, then the after; `None` once
    /// both are whole.
    pub fn own_round<'a>(&self, ids: impl IntoIterator<Item = &'a str> + Clone) -> Option<Round> {
        Round::ALL.into_iter().find(|&round| {
            ids.clone()
                .into_iter()
                .any(|id| self.concept_result(round, id).is_none())
        })
    }

    /// Done means: the check passed, and the files are still the ones it
    /// passed with.
    pub fn is_done(&self, kata: &Kata, files: &Tree) -> bool {
        self.progress(kata).and_then(|k| k.passed.as_deref())
            == Some(files::tree_fingerprint(files).as_str())
    }

    /// Reads the kata's folder (every file, and its recorded starter) to
    /// tell where the learner stands on it.
    pub fn read_status(&self, course: &Course, kata: &Kata) -> LearnerStatus {
        let Ok(tree) = files::read_tree(&course.kata_dir(kata), &[]) else {
            return LearnerStatus::Missing;
        };
        if self.is_done(kata, &tree) {
            return LearnerStatus::Done;
        }
        match starters::load(course, kata) {
            Ok(starter) if files::differences(&starter, &tree).is_empty() => LearnerStatus::New,
            // A starter that cannot be read is the maintainers' problem,
            // which `verify` names; to the learner the kata is theirs.
            _ => LearnerStatus::Started,
        }
    }

    /// The kata `id` names, or with none the current one (after rebuilding
    /// a lost record of progress): what `check` and `hint` work on.
    pub fn named_or_current<'a>(
        &mut self,
        course: &'a Course,
        id: Option<&str>,
    ) -> Result<&'a Kata> {
        match id {
            Some(id) => course.find(id),
            None => {
                self.rebuild_if_lost(course)?;
                self.current(course)
            }
        }
    }

    /// The kata the learner is on, one meaning for `check`, `watch`,
    /// `hint`, `cargo kata`, `list` and the "Next" of a finished check: the
    /// kata they are working on (the last one they checked) stays current
    /// until it is done; then the first kata after it that is not done,
    /// going round to the start of the course (see
    /// [`LearnerState::next_after`]). A new learner starts with the first
    /// kata not done; when every kata is done, the one they were on stays.
    /// An id typed on the command line always wins over it (and, once
    /// checked, becomes the one they are working on).
    pub fn current<'a>(&self, course: &'a Course) -> Result<&'a Kata> {
        let named = self
            .saved
            .current
            .as_deref()
            .and_then(|id| course.find(id).ok());
        let current = match named {
            Some(kata) if self.read_status(course, kata) != LearnerStatus::Done => Some(kata),
            Some(kata) => self.next_after(course, kata).or(Some(kata)),
            None => self.next_from(course, 0).or(course.katas.last()),
        };
        match current {
            Some(kata) => Ok(kata),
            None => bail!("the course lists no katas"),
        }
    }

    /// What comes after `kata` once it is done: the first kata after it that
    /// is not done, going round to the start of the course; `None` when
    /// every other kata is done.
    pub fn next_after<'a>(&self, course: &'a Course, kata: &Kata) -> Option<&'a Kata> {
        let at = course.katas.iter().position(|k| k.id == kata.id)?;
        self.next_from(course, at + 1)
            .filter(|next| next.id != kata.id)
    }

    /// The first kata not done from index `start` on, going round.
    fn next_from<'a>(&self, course: &'a Course, start: usize) -> Option<&'a Kata> {
        let count = course.katas.len();
        (0..count)
            .map(|offset| &course.katas[(start + offset) % count])
            .find(|kata| self.read_status(course, kata) != LearnerStatus::Done)
    }

    /// Remembers a check: the kata's result, and the kata that is now
    /// current.
    pub fn record_check(&mut self, course: &Course, kata: &Kata, files: &Tree, done: bool) {
        self.record_result(kata, files, done);
        let current = if done {
            self.next_after(course, kata).unwrap_or(kata)
        } else {
            kata
        };
        self.saved.current = Some(current.id.clone());
    }

    /// Remembers whether a check passed, with the files it passed with.
    fn record_result(&mut self, kata: &Kata, files: &Tree, passed: bool) {
        self.progress_mut(kata).passed = passed.then(|| files::tree_fingerprint(files));
    }

    /// When the progress file was missing or damaged, checks every kata the
    /// learner has started, so that what they finished shows as done again.
    pub fn rebuild_if_lost(&mut self, course: &Course) -> Result<()> {
        if self.trustworthy {
            return Ok(());
        }
        let started: Vec<&Kata> = course
            .katas
            .iter()
            .filter(|kata| self.read_status(course, kata) == LearnerStatus::Started)
            .collect();
        if !started.is_empty() {
            anstream::eprintln!(
                "{}",
                ui::status(
                    NOTE,
                    "Rebuilding",
                    format!(
                        "your progress: checking the {} katas you have started",
                        started.len()
                    )
                )
            );
            for kata in started {
                let evaluation = evaluate::evaluate(course, kata, &mut |_| {})?;
                self.record_result(kata, &evaluation.files, evaluation.is_done());
            }
        }
        self.trustworthy = true;
        self.save(course)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_later_runner_keeps_in_the_file_survives_a_save() {
        let text =
            "current = \"02\"\n\n[kata.01]\nhints_shown = 1\n\n[room.01]\nanswers = [2, 0]\n";
        let saved: Saved = toml::from_str(text).unwrap();
        assert_eq!(saved.current.as_deref(), Some("02"));
        let again = toml::to_string(&saved).unwrap();
        assert!(again.contains("[room.01]"), "{again}");
        assert!(again.contains("answers = [2, 0]"), "{again}");
    }

    #[test]
    fn only_the_first_answer_to_a_quiz_question_is_remembered() {
        let mut state = LearnerState::fresh();
        state.record_quiz_answer("09", "mocked-store", &["b"], false);
        state.record_quiz_answer("09", "mocked-store", &["a"], true);
        state.record_quiz_answer("09", "which-doubles", &["a", "c"], true);
        assert_eq!(
            state.quiz_results("09", ["mocked-store", "which-doubles", "unanswered"]),
            (2, 1)
        );
        assert_eq!(state.quiz_results("10", ["mocked-store"]), (0, 0));
        let text = toml::to_string(&state.saved).unwrap();
        assert!(
            text.contains(
                "[quiz.09.mocked-store]\nfirst_answer = [\"b\"]\nright_first_time = false"
            ),
            "{text}"
        );
        let again: Saved = toml::from_str(&text).unwrap();
        assert_eq!(again.quiz["09"].len(), 2);
    }

    #[test]
    fn the_concept_check_keeps_a_first_answer_per_round_and_knows_the_round_on_ones_own() {
        let mut state = LearnerState::fresh();
        let ids = ["seams", "doubles"];
        assert_eq!(state.own_round(ids), Some(Round::Before));
        state.record_concept_answer(Round::Before, "seams", &["b"], false);
        assert_eq!(state.own_round(ids), Some(Round::Before), "one of two");
        state.record_concept_answer(Round::Before, "doubles", &["a"], true);
        assert_eq!(state.own_round(ids), Some(Round::After));
        state.record_concept_answer(Round::After, "seams", &["a"], true);
        state.record_concept_answer(Round::After, "seams", &["c"], false);
        state.record_concept_answer(Round::After, "doubles", &["a"], true);
        assert_eq!(state.own_round(ids), None, "both rounds whole");
        assert_eq!(state.concept_result(Round::Before, "seams"), Some(false));
        assert_eq!(
            state.concept_result(Round::After, "seams"),
            Some(true),
            "the first answer of the round stays"
        );
        let text = toml::to_string(&state.saved).unwrap();
        assert!(
            text.contains("[concept-check.before.seams]\nfirst_answer = [\"b\"]"),
            "{text}"
        );
        let again: Saved = toml::from_str(&text).unwrap();
        assert_eq!(again.concept_check.after.len(), 2);
    }
}
