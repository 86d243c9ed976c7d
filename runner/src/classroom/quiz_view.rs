//! The room's quiz answers as the instructor's page shows them: per
//! question, how many learners picked each choice (and who, when the
//! instructor asks for names); the question asked of the room, its bars;
//! and the concept check's share right before and after. A plain function
//! of the stored rows, like `view.rs`.
//!
//! Which answer of a learner counts: the first. It is what they thought
//! before an explanation told them; a latest answer, after "try again",
//! is nearly always right and says little. For a chapter's question, the
//! first answer is the earliest wherever it was given (their own quiz, or
//! the instructor's question to the room); in a poll, the first in that
//! poll; in the concept check, the first in each round.

use std::collections::BTreeMap;

use serde::Serialize;

use super::quizzes::RoomQuizzes;
use super::store::{AnswerRow, During, QuizSettings};
use super::wire::{Poll, Round};

#[derive(Debug, Clone, Default, Serialize)]
pub struct QuizView {
    /// Whether the bars name who picked what.
    pub names_shown: bool,
    /// The concept check's open round.
    pub round: Option<Round>,
    /// The rounds opened so far.
    pub rounds_opened: Vec<Round>,
    /// The question asked of the room last, with its bars.
    pub poll: Option<PollView>,
    /// The chapters' questions someone answered, in course order.
    pub questions: Vec<QuestionView>,
    /// Every question of the concept check, in order.
    pub concept_check: Vec<ConceptView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PollView {
    pub poll: i64,
    pub question: String,
    pub open: bool,
    #[serde(flatten)]
    pub answers: Bars,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionView {
    pub question: String,
    #[serde(flatten)]
    pub answers: Bars,
}

/// How a group of learners answered one question.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Bars {
    /// Learners who answered.
    pub answered: u32,
    /// Of them, those whose answer was exactly the right choices.
    pub right: u32,
    /// Every choice of the question, in its order, with how many picked it.
    pub choices: Vec<ChoiceBar>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChoiceBar {
    pub choice: String,
    pub count: u32,
    /// Who picked it, in the order they joined; empty unless the
    /// instructor shows names.
    pub names: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ConceptView {
    pub question: String,
    pub before: Share,
    pub after: Share,
}

/// Right first answers, of the learners who answered in a round.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Share {
    pub answered: u32,
    pub right: u32,
}

/// One learner's answer that counts, for the bars.
struct Counted<'a> {
    learner: i64,
    choices: &'a [String],
}

pub fn build(
    quizzes: &RoomQuizzes,
    names: &BTreeMap<i64, String>,
    answers: &[AnswerRow],
    settings: &QuizSettings,
    poll: Option<&Poll>,
) -> QuizView {
    let shown = |learner: i64| {
        settings
            .names_shown
            .then(|| names.get(&learner).cloned())
            .flatten()
    };
    // Only the learners of the room now (a row of one who left is gone
    // with them anyway).
    let answers: Vec<&AnswerRow> = answers
        .iter()
        .filter(|a| names.contains_key(&a.learner))
        .collect();

    let mut questions = Vec::new();
    for id in quizzes.order() {
        let Some(question) = quizzes.question(id).filter(|q| !q.concept_check) else {
            continue;
        };
        // Each learner's earliest first answer, in their quiz or a poll.
        let mut first: BTreeMap<i64, &AnswerRow> = BTreeMap::new();
        for row in answers.iter().filter(|a| a.question == *id) {
            if matches!(row.during, During::Quiz | During::Poll(_)) {
                let kept = first.entry(row.learner).or_insert(row);
                if row.first_at < kept.first_at {
                    *kept = row;
                }
            }
        }
        if first.is_empty() {
            continue;
        }
        let counted = first.values().map(|row| Counted {
            learner: row.learner,
            choices: &row.first,
        });
        questions.push(QuestionView {
            question: id.clone(),
            answers: bars(&question.choices, |c| question.is_right(c), counted, &shown),
        });
    }

    let poll = poll.map(|poll| {
        let counted = answers
            .iter()
            .filter(|a| a.question == poll.question && a.during == During::Poll(poll.poll))
            .map(|row| Counted {
                learner: row.learner,
                choices: &row.first,
            });
        let answers = match quizzes.question(&poll.question) {
            Some(question) => bars(&question.choices, |c| question.is_right(c), counted, &shown),
            // A question the course no longer has (the server restarted on
            // a newer clone): nothing to draw.
            None => Bars::default(),
        };
        PollView {
            poll: poll.poll,
            question: poll.question.clone(),
            open: poll.open,
            answers,
        }
    });

    let concept_check = quizzes
        .concept_check()
        .map(|id| {
            let share = |round: Round| {
                let question = quizzes.question(id);
                answers
                    .iter()
                    .filter(|a| a.question == id && a.during == During::Round(round))
                    .fold(Share::default(), |share, row| Share {
                        answered: share.answered + 1,
                        right: share.right
                            + u32::from(question.is_some_and(|q| q.is_right(&row.first))),
                    })
            };
            ConceptView {
                question: id.to_string(),
                before: share(Round::Before),
                after: share(Round::After),
            }
        })
        .collect();

    QuizView {
        names_shown: settings.names_shown,
        round: settings.round,
        rounds_opened: settings.opened.clone(),
        poll,
        questions,
        concept_check,
    }
}

fn bars<'a>(
    choices: &[String],
    is_right: impl Fn(&[String]) -> bool,
    counted: impl Iterator<Item = Counted<'a>>,
    shown: &impl Fn(i64) -> Option<String>,
) -> Bars {
    let mut bars = Bars {
        choices: choices
            .iter()
            .map(|choice| ChoiceBar {
                choice: choice.clone(),
                count: 0,
                names: Vec::new(),
            })
            .collect(),
        ..Bars::default()
    };
    for answer in counted {
        bars.answered += 1;
        bars.right += u32::from(is_right(answer.choices));
        for bar in &mut bars.choices {
            if answer.choices.contains(&bar.choice) {
                bar.count += 1;
                bar.names.extend(shown(answer.learner));
            }
        }
    }
    bars
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::Kind;

    fn room() -> RoomQuizzes {
        RoomQuizzes::of(&[
            ("02/one", Kind::Single, &["a", "b", "c"], &["b"]),
            ("02/all", Kind::Multiple, &["a", "b", "c"], &["a", "c"]),
            ("concept-check/seams", Kind::Single, &["x", "y"], &["x"]),
            ("concept-check/doubles", Kind::Single, &["x", "y"], &["y"]),
        ])
    }

    fn row(learner: i64, question: &str, during: During, first: &[&str], at: i64) -> AnswerRow {
        let ids: Vec<String> = first.iter().map(|s| s.to_string()).collect();
        AnswerRow {
            learner,
            question: question.into(),
            during,
            first: ids.clone(),
            first_at: at,
            latest: ids,
            latest_at: at,
        }
    }

    fn names() -> BTreeMap<i64, String> {
        [(1, "Ada"), (2, "Bo"), (3, "<b>Cy</b>")]
            .into_iter()
            .map(|(id, name)| (id, name.to_string()))
            .collect()
    }

    fn counts(bars: &Bars) -> Vec<u32> {
        bars.choices.iter().map(|c| c.count).collect()
    }

    #[test]
    fn each_learner_counts_once_with_their_earliest_answer_on_every_choice_they_picked() {
        let answers = [
            row(1, "02/one", During::Quiz, &["a"], 10),
            // Asked by the instructor later: the quiz's first answer counts.
            row(1, "02/one", During::Poll(1), &["b"], 20),
            row(2, "02/one", During::Poll(1), &["b"], 15),
            row(2, "02/one", During::Quiz, &["c"], 30),
            row(3, "02/all", During::Quiz, &["a", "c"], 5),
            // Someone who left: not counted.
            row(9, "02/one", During::Quiz, &["c"], 5),
        ];
        let view = build(&room(), &names(), &answers, &QuizSettings::default(), None);
        let ids: Vec<&str> = view.questions.iter().map(|q| q.question.as_str()).collect();
        assert_eq!(ids, ["02/one", "02/all"], "course order, answered only");
        let one = &view.questions[0].answers;
        assert_eq!((one.answered, one.right), (2, 1));
        assert_eq!(counts(one), [1, 1, 0]);
        let all = &view.questions[1].answers;
        assert_eq!((all.answered, all.right), (1, 1));
        assert_eq!(counts(all), [1, 0, 1]);
        assert!(
            all.choices.iter().all(|c| c.names.is_empty()),
            "no names unless the instructor asks"
        );
    }

    #[test]
    fn names_show_on_the_bars_only_when_the_instructor_asks() {
        let answers = [
            row(1, "02/one", During::Quiz, &["b"], 1),
            row(3, "02/one", During::Quiz, &["b"], 2),
        ];
        let settings = QuizSettings {
            names_shown: true,
            ..QuizSettings::default()
        };
        let view = build(&room(), &names(), &answers, &settings, None);
        assert_eq!(
            view.questions[0].answers.choices[1].names,
            ["Ada", "<b>Cy</b>"]
        );
    }

    #[test]
    fn a_poll_counts_the_answers_given_to_it_alone() {
        let answers = [
            row(1, "02/one", During::Quiz, &["a"], 1),
            row(1, "02/one", During::Poll(2), &["b"], 5),
            row(2, "02/one", During::Poll(1), &["c"], 3),
            row(3, "02/one", During::Poll(2), &["c"], 6),
        ];
        let poll = Poll {
            poll: 2,
            question: "02/one".into(),
            open: true,
        };
        let view = build(
            &room(),
            &names(),
            &answers,
            &QuizSettings::default(),
            Some(&poll),
        );
        let poll = view.poll.unwrap();
        assert!(poll.open);
        assert_eq!((poll.answers.answered, poll.answers.right), (2, 1));
        assert_eq!(counts(&poll.answers), [0, 1, 1]);
    }

    #[test]
    fn the_concept_check_shows_the_share_right_in_each_round() {
        let answers = [
            row(
                1,
                "concept-check/seams",
                During::Round(Round::Before),
                &["y"],
                1,
            ),
            row(
                2,
                "concept-check/seams",
                During::Round(Round::Before),
                &["x"],
                1,
            ),
            row(
                3,
                "concept-check/seams",
                During::Round(Round::Before),
                &["y"],
                1,
            ),
            row(
                1,
                "concept-check/seams",
                During::Round(Round::After),
                &["x"],
                9,
            ),
            row(
                2,
                "concept-check/seams",
                During::Round(Round::After),
                &["x"],
                9,
            ),
        ];
        let view = build(&room(), &names(), &answers, &QuizSettings::default(), None);
        assert!(
            view.questions.is_empty(),
            "the concept check is not a chapter's"
        );
        let seams = &view.concept_check[0];
        assert_eq!(seams.question, "concept-check/seams");
        assert_eq!((seams.before.answered, seams.before.right), (3, 1));
        assert_eq!((seams.after.answered, seams.after.right), (2, 2));
        let doubles = &view.concept_check[1];
        assert_eq!(doubles.before.answered, 0, "every question has its row");
    }
}
