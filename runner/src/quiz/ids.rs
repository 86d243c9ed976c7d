//! The record of every question and choice id ever published,
//! `quizzes/ids.txt`: one line per question, `09/mocked-store: a b c`.
//!
//! Ids are forever. A learner's progress remembers answers by question id,
//! and in a classroom the room's answers name questions and choices by id;
//! an id renamed or dropped would quietly orphan them. `cargo kata dev
//! quizzes` adds new ids to the record and never removes one; `verify`
//! fails while an id of the record is gone from its quiz, or an id of a
//! quiz is not in the record yet. Retiring an id is a deliberate edit of
//! this file, which a reviewer sees.

use std::collections::BTreeMap;

use anyhow::Result;

use super::Quiz;
use crate::course::Course;

const HEADER: &str = "\
# Every quiz question's id, with the ids of its choices, ever published:
# kept by `cargo kata dev quizzes`, which adds and never removes. Ids are
# forever (a learner's progress and the room's answers refer to them):
# `verify` fails while one of these is gone from its quiz. To retire one on
# purpose, delete it here in the same commit, and say why in its message.
";

/// The record: per question (`09/mocked-store`), its choices' ids, in the
/// order they were published.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Published {
    /// By chapter number, then in the order published.
    questions: BTreeMap<String, Vec<(String, Vec<String>)>>,
}

impl Published {
    /// The record, or an empty one when there is no file yet.
    pub fn load(course: &Course) -> Result<Published> {
        let path = course.quiz_ids_file();
        if !path.exists() {
            return Ok(Published::default());
        }
        Ok(Published::parse(&fs_err::read_to_string(path)?))
    }

    pub fn parse(text: &str) -> Published {
        let mut published = Published::default();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (question, choices) = line.split_once(':').unwrap_or((line, ""));
            let Some((chapter, id)) = question.trim().split_once('/') else {
                continue;
            };
            published
                .questions
                .entry(chapter.to_string())
                .or_default()
                .push((
                    id.to_string(),
                    choices.split_whitespace().map(str::to_string).collect(),
                ));
        }
        published
    }

    pub fn render(&self) -> String {
        let mut text = HEADER.to_string();
        for (chapter, questions) in &self.questions {
            for (id, choices) in questions {
                text.push_str(&format!("{chapter}/{id}: {}\n", choices.join(" ")));
            }
        }
        text
    }

    /// The record with every id of `quizzes` in it: what was there stays
    /// where it was, and new ids follow.
    pub fn with(&self, quizzes: &[&Quiz]) -> Published {
        let mut updated = self.clone();
        for quiz in quizzes {
            let questions = updated.questions.entry(quiz.number.clone()).or_default();
            for question in &quiz.questions {
                let at = match questions.iter().position(|(id, _)| *id == question.id) {
                    Some(at) => at,
                    None => {
                        questions.push((question.id.clone(), Vec::new()));
                        questions.len() - 1
                    }
                };
                let choices = &mut questions[at].1;
                for choice in &question.choices {
                    if !choices.contains(&choice.id) {
                        choices.push(choice.id.clone());
                    }
                }
            }
        }
        updated
    }

    /// What disagrees between the record and `quizzes`, one line each:
    /// published ids that are gone (only for the chapters in `quizzes`, so
    /// that a quiz that cannot be read is not also reported as emptied),
    /// and ids not recorded yet.
    pub fn problems(&self, quizzes: &[&Quiz]) -> Vec<String> {
        let mut problems = Vec::new();
        let retire = "ids are forever (a learner's progress and the room's answers refer to \
                      them): put it back, or retire it on purpose by deleting it from \
                      quizzes/ids.txt";
        for quiz in quizzes {
            let Some(questions) = self.questions.get(&quiz.number) else {
                continue;
            };
            for (id, choices) in questions {
                let full = format!("{}/{id}", quiz.number);
                let Some(question) = quiz.question(id) else {
                    problems.push(format!(
                        "question {full} was published, but {} no longer has it: {retire}",
                        quiz.file()
                    ));
                    continue;
                };
                for choice in choices {
                    if question.choice(choice).is_none() {
                        problems.push(format!(
                            "choice `{choice}` of {full} was published, but the question no longer has it: {retire}"
                        ));
                    }
                }
            }
        }
        let unrecorded: Vec<String> = quizzes
            .iter()
            .flat_map(|quiz| {
                quiz.questions.iter().filter_map(|question| {
                    let recorded = self
                        .questions
                        .get(&quiz.number)
                        .and_then(|qs| qs.iter().find(|(id, _)| *id == question.id));
                    let complete = recorded.is_some_and(|(_, choices)| {
                        question.choices.iter().all(|c| choices.contains(&c.id))
                    });
                    (!complete).then(|| quiz.full_id(question))
                })
            })
            .collect();
        if !unrecorded.is_empty() {
            problems.push(format!(
                "ids not in quizzes/ids.txt yet ({}): run `cargo kata dev quizzes`",
                unrecorded.join(", ")
            ));
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::{Choice, Kind, Question};

    fn quiz(questions: &[(&str, &[&str])]) -> Quiz {
        Quiz {
            chapter: "09.md".into(),
            number: "09".into(),
            questions: questions
                .iter()
                .map(|(id, choices)| Question {
                    id: (*id).into(),
                    kind: Kind::Single,
                    prompt: "?".into(),
                    show: Vec::new(),
                    choices: choices
                        .iter()
                        .map(|c| Choice {
                            id: (*c).into(),
                            text: "t".into(),
                            correct: false,
                            why: "w".into(),
                            run: None,
                        })
                        .collect(),
                    proof: None,
                })
                .collect(),
        }
    }

    #[test]
    fn new_ids_are_added_after_the_published_ones_and_none_is_dropped() {
        let published = Published::parse("# header\n09/second: b a\n");
        let quiz = quiz(&[("first", &["x"]), ("second", &["a", "b", "c"])]);
        let updated = published.with(&[&quiz]);
        assert!(
            updated
                .render()
                .ends_with("09/second: b a c\n09/first: x\n"),
            "{}",
            updated.render()
        );
        assert_eq!(Published::parse(&updated.render()), updated);
        assert!(updated.problems(&[&quiz]).is_empty());
    }

    #[test]
    fn a_published_id_that_is_gone_and_an_unrecorded_one_are_problems() {
        let published = Published::parse("09/old: a b\n09/kept: a b\n");
        let quiz = quiz(&[("kept", &["a"]), ("new", &["a"])]);
        let problems = published.problems(&[&quiz]);
        assert_eq!(problems.len(), 3, "{problems:#?}");
        assert!(problems[0].starts_with("question 09/old was published"));
        assert!(problems[1].starts_with("choice `b` of 09/kept was published"));
        assert!(problems[2].contains("(09/new)"), "{}", problems[2]);
    }
}
