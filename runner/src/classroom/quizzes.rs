//! The course's quizzes as the room knows them, read once when the server
//! starts: what an answer is checked against (a question the course has,
//! choices it has, one of them for a single-choice question), and the
//! catalog the instructor's page shows (each question's prompt, its code,
//! its choices and which are right).
//!
//! The room trusts nothing a learner's runner sends about a question: only
//! ids travel, and the words the page shows come from the instructor's own
//! clone of the course.

use std::collections::BTreeMap;

use serde::Serialize;

use super::api_error::ApiError;
use super::wire::Answer;
use crate::course::Course;
use crate::quiz::show::Show;
use crate::quiz::{self, Kind, Quiz, Quizzes, validate};

/// What the room knows of one question.
#[derive(Debug, Clone)]
pub struct KnownQuestion {
    pub kind: Kind,
    /// Every choice's id, in the question's order.
    pub choices: Vec<String>,
    /// The right ones.
    pub right: Vec<String>,
    /// A question of the concept check (answered in its rounds), not of a
    /// chapter.
    pub concept_check: bool,
}

impl KnownQuestion {
    /// Whether `picked` is exactly the right choices.
    pub fn is_right(&self, picked: &[String]) -> bool {
        picked.len() == self.right.len() && self.right.iter().all(|id| picked.contains(id))
    }
}

/// The course's quizzes, for the room.
#[derive(Debug, Clone, Default)]
pub struct RoomQuizzes {
    /// By full id (`09/mocked-store`).
    questions: BTreeMap<String, KnownQuestion>,
    /// The chapters' questions in course order, then the concept check's.
    order: Vec<String>,
    pub catalog: Catalog,
    /// Quiz files left out, each with why: the server says so at start.
    pub left_out: Vec<String>,
}

/// The page's catalog: every question the room can hear of, as the page
/// shows it. Sent once (`GET /api/quizzes`); the room's events carry only
/// ids and counts.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Catalog {
    pub quizzes: Vec<CatalogQuiz>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CatalogQuiz {
    /// `09`, or `concept-check`.
    pub number: String,
    /// "Chapter 9 · Test doubles and mocks", or "Concept check".
    pub title: String,
    pub concept_check: bool,
    pub questions: Vec<CatalogQuestion>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CatalogQuestion {
    /// The full id.
    pub id: String,
    /// `single` or `multiple`.
    pub kind: &'static str,
    /// Markdown, as the quiz file has it.
    pub prompt: String,
    /// What the question shows after its prompt, as text.
    pub shows: Vec<Shown>,
    pub choices: Vec<CatalogChoice>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Shown {
    /// The file (and anchor) it comes from.
    pub title: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CatalogChoice {
    pub id: String,
    /// Inline markdown.
    pub text: String,
    pub correct: bool,
}

impl RoomQuizzes {
    /// Reads the course's quizzes; a quiz file with problems is left out
    /// (and named in `left_out`), so that one broken file does not keep the
    /// room from starting.
    pub fn load(course: &Course) -> RoomQuizzes {
        let quizzes = match Quizzes::load(course) {
            Ok(quizzes) => quizzes,
            Err(error) => {
                return RoomQuizzes {
                    left_out: vec![format!("{error:#}")],
                    ..RoomQuizzes::default()
                };
            }
        };
        let mut room = RoomQuizzes {
            left_out: quizzes.problems.clone(),
            ..RoomQuizzes::default()
        };
        let chapters = quiz::chapters(course);
        for quiz in &quizzes.quizzes {
            if let Some(problem) = validate::problems(course, quiz).first() {
                room.left_out.push(problem.clone());
                continue;
            }
            let title = if quiz.is_concept_check() {
                "Concept check".to_string()
            } else {
                let name = chapters
                    .iter()
                    .find(|c| c.number == quiz.number)
                    .map_or(String::new(), |c| format!(" · {}", c.title));
                format!("Chapter {}{name}", quiz.number.trim_start_matches('0'))
            };
            room.add(course, quiz, title);
        }
        room
    }

    fn add(&mut self, course: &Course, quiz: &Quiz, title: String) {
        let mut questions = Vec::new();
        for question in &quiz.questions {
            let id = quiz.full_id(question);
            self.questions.insert(
                id.clone(),
                KnownQuestion {
                    kind: question.kind,
                    choices: question.choices.iter().map(|c| c.id.clone()).collect(),
                    right: question
                        .right_ids()
                        .into_iter()
                        .map(str::to_string)
                        .collect(),
                    concept_check: quiz.is_concept_check(),
                },
            );
            self.order.push(id.clone());
            let shows = question
                .show
                .iter()
                .map(|entry| {
                    let show = Show::parse(entry);
                    let title = match &show.anchor {
                        Some(anchor) => format!("{} ({anchor})", show.shown_path()),
                        None => show.shown_path(),
                    };
                    let text = show
                        .read(course)
                        .unwrap_or_else(|problem| format!("(cannot be shown: {problem})"));
                    Shown { title, text }
                })
                .collect();
            questions.push(CatalogQuestion {
                id,
                kind: match question.kind {
                    Kind::Single => "single",
                    Kind::Multiple => "multiple",
                },
                prompt: question.prompt.trim().to_string(),
                shows,
                choices: question
                    .choices
                    .iter()
                    .map(|c| CatalogChoice {
                        id: c.id.clone(),
                        text: c.text.clone(),
                        correct: c.correct,
                    })
                    .collect(),
            });
        }
        self.catalog.quizzes.push(CatalogQuiz {
            number: quiz.number.clone(),
            title,
            concept_check: quiz.is_concept_check(),
            questions,
        });
    }

    pub fn question(&self, id: &str) -> Option<&KnownQuestion> {
        self.questions.get(id)
    }

    /// Every question's full id: the chapters' in course order, then the
    /// concept check's.
    pub fn order(&self) -> &[String] {
        &self.order
    }

    /// The concept check's questions, in order.
    pub fn concept_check(&self) -> impl Iterator<Item = &str> {
        self.order
            .iter()
            .filter(|id| self.questions[id.as_str()].concept_check)
            .map(String::as_str)
    }

    /// Checks an answer against the course: a question it has, choices of
    /// that question, each once, one of them for a single-choice question,
    /// a round for the concept check and none for a chapter's question.
    /// (Whether the poll or the round is one the room opened is the
    /// store's to say.)
    pub fn check(&self, answer: &Answer) -> Result<&KnownQuestion, ApiError> {
        let Some(question) = self.question(&answer.question) else {
            return Err(ApiError::UnknownQuestion(answer.question.clone()));
        };
        if let Some(unknown) = answer
            .choices
            .iter()
            .find(|choice| !question.choices.contains(choice))
        {
            return Err(ApiError::Invalid(format!(
                "question {} has no choice {unknown:?}",
                answer.question
            )));
        }
        let mut distinct = answer.choices.clone();
        distinct.sort();
        distinct.dedup();
        if distinct.len() != answer.choices.len() {
            return Err(ApiError::Invalid(
                "an answer names each choice once".to_string(),
            ));
        }
        if question.kind == Kind::Single && answer.choices.len() != 1 {
            return Err(ApiError::Invalid(format!(
                "question {} is single-choice: an answer picks one choice, this one {}",
                answer.question,
                answer.choices.len()
            )));
        }
        match (question.concept_check, answer.round, answer.poll) {
            (true, None, _) => Err(ApiError::Invalid(format!(
                "question {} is the concept check's: its answer says in which round",
                answer.question
            ))),
            (true, Some(_), Some(_)) => Err(ApiError::Invalid(
                "the concept check is not asked as a poll".to_string(),
            )),
            (false, Some(_), _) => Err(ApiError::Invalid(format!(
                "question {} is a chapter's: only the concept check has rounds",
                answer.question
            ))),
            _ => Ok(question),
        }
    }
}

#[cfg(test)]
impl RoomQuizzes {
    /// A room that knows the questions given, for the view's tests.
    pub fn of(questions: &[(&str, Kind, &[&str], &[&str])]) -> RoomQuizzes {
        let mut room = RoomQuizzes::default();
        for (id, kind, choices, right) in questions {
            room.questions.insert(
                id.to_string(),
                KnownQuestion {
                    kind: *kind,
                    choices: choices.iter().map(|c| c.to_string()).collect(),
                    right: right.iter().map(|c| c.to_string()).collect(),
                    concept_check: id.starts_with(quiz::CONCEPT_CHECK),
                },
            );
            room.order.push(id.to_string());
        }
        room
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classroom::wire::Round;

    fn answer(question: &str, choices: &[&str], round: Option<Round>) -> Answer {
        Answer {
            question: question.into(),
            choices: choices.iter().map(|c| c.to_string()).collect(),
            poll: None,
            round,
            answered_at: 1,
        }
    }

    fn error(result: Result<&KnownQuestion, ApiError>) -> String {
        match result {
            Err(ApiError::Invalid(why)) => why,
            Err(ApiError::UnknownQuestion(id)) => format!("unknown {id}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_answer_names_a_known_question_and_its_own_choices_each_once() {
        let room = RoomQuizzes::of(&[
            ("09/one", Kind::Single, &["a", "b", "c"], &["b"]),
            ("09/all", Kind::Multiple, &["a", "b", "c"], &["a", "c"]),
            ("concept-check/seams", Kind::Single, &["x", "y"], &["x"]),
        ]);
        assert!(room.check(&answer("09/one", &["b"], None)).is_ok());
        assert!(room.check(&answer("09/all", &["c", "a"], None)).is_ok());
        assert_eq!(
            error(room.check(&answer("09/two", &["a"], None))),
            "unknown 09/two"
        );
        assert!(error(room.check(&answer("09/one", &["d"], None))).contains("no choice \"d\""));
        assert!(error(room.check(&answer("09/one", &["a", "b"], None))).contains("single-choice"));
        assert!(error(room.check(&answer("09/all", &["a", "a"], None))).contains("once"));
        assert!(error(room.check(&answer("concept-check/seams", &["x"], None))).contains("round"));
        assert!(
            room.check(&answer("concept-check/seams", &["y"], Some(Round::After)))
                .is_ok()
        );
        assert!(
            error(room.check(&answer("09/one", &["b"], Some(Round::Before))))
                .contains("only the concept check")
        );
    }

    #[test]
    fn right_means_exactly_the_right_choices() {
        let room = RoomQuizzes::of(&[("09/all", Kind::Multiple, &["a", "b", "c"], &["a", "c"])]);
        let question = room.question("09/all").unwrap();
        let ids = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(question.is_right(&ids(&["c", "a"])));
        assert!(!question.is_right(&ids(&["a"])));
        assert!(!question.is_right(&ids(&["a", "b", "c"])));
    }
}
