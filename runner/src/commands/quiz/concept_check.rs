//! `cargo kata quiz --concept-check`: the concept check, about ten
//! questions that span the course (`quizzes/concept-check.toml`), taken at
//! the start and at the end of a workshop.
//!
//! In a classroom it is taken in the round the instructor opened (before,
//! or after), every question, each answer sent to the room. On one's own,
//! the learner's state keeps both rounds: the before until every question
//! has an answer there, then the after.
//!
//! It measures, it does not teach: no answer is marked and no explanation
//! shown until both rounds are taken, since an explanation read in the
//! before round would be remembered in the after, and the difference would
//! measure the memory, not the course.

use anyhow::{Context, Result, bail};

use super::picker;
use super::screen::{ConceptRow, Screen};
use super::{Answers, Lines, ToRoom, askable};
use crate::classroom::client;
use crate::classroom::wire::Round;
use crate::course::Course;
use crate::learner_state::LearnerState;
use crate::quiz::{Question, Quiz, Quizzes};
use crate::verdict::Verdict;

pub fn run(course: &Course) -> Result<Verdict> {
    let quizzes = Quizzes::load(course)?;
    let Some(quiz) = quizzes.concept_check() else {
        bail!("this course has no concept check (quizzes/concept-check.toml)");
    };
    let quiz = askable(course, quiz)?;
    let mut state = LearnerState::load(course)?;
    let keys = std::io::IsTerminal::is_terminal(&std::io::stdin());
    let screen = Screen::new(keys);
    let mut to_room = ToRoom::new(course);
    let ids: Vec<&str> = quiz.questions.iter().map(|q| q.id.as_str()).collect();

    let (round, room) = match to_room.membership() {
        Some(membership) => {
            let asked = client::room_quiz(membership, None).with_context(|| {
                "the concept check is taken in the classroom's round; `cargo kata leave` \
                 takes it on your own instead"
            })?;
            let Some(round) = asked.round else {
                bail!(
                    "the classroom at {} has no round of the concept check open: your \
                     instructor opens the before round at the start of the workshop, and the \
                     after round at its end (`cargo kata leave` takes it on your own)",
                    membership.server
                );
            };
            (round, Some(membership.server.clone()))
        }
        None => match state.own_round(ids.iter().copied()) {
            Some(round) => (round, None),
            None => {
                // Both rounds are whole: what they came to, again.
                both_rounds(&screen, quiz, &state);
                return Ok(Verdict::Done);
            }
        },
    };
    // In a room, every question (the room counts this round's answers);
    // on one's own, those the round still lacks.
    let questions: Vec<&Question> = quiz
        .questions
        .iter()
        .filter(|q| room.is_some() || state.concept_result(round, &q.id).is_none())
        .collect();
    screen.concept_title(round, questions.len(), room.as_deref());

    let mut taking = Taking {
        course,
        quiz,
        round,
        screen: &screen,
        state: &mut state,
        to_room: &mut to_room,
    };
    let asked = if keys {
        taking.ask(&questions, &mut picker::Keys)
    } else {
        taking.ask(
            &questions,
            &mut Lines {
                input: std::io::stdin().lock(),
            },
        )
    };
    let asked = match asked {
        Ok(asked) => asked,
        Err(error) => {
            screen.quiet(&to_room.finish());
            return Err(error);
        }
    };
    let finished = asked == questions.len();
    match round {
        Round::Before => {
            screen.concept_before_kept(finished, asked, questions.len(), room.is_some());
        }
        Round::After if finished => both_rounds(&screen, quiz, &state),
        Round::After => {
            screen.concept_before_kept(false, asked, questions.len(), room.is_some());
        }
    }
    screen.quiet(&to_room.finish());
    Ok(Verdict::Done)
}

/// One round being taken.
struct Taking<'a, 'r> {
    course: &'a Course,
    quiz: &'a Quiz,
    round: Round,
    screen: &'r Screen,
    state: &'r mut LearnerState,
    to_room: &'r mut ToRoom<'a>,
}

impl Taking<'_, '_> {
    /// Asks `questions`, with no verdict and no explanation; each answer is
    /// remembered (the first of the round) and sent to the room. Returns
    /// how many were answered before the learner stopped.
    fn ask(&mut self, questions: &[&Question], answers: &mut dyn Answers) -> Result<usize> {
        let count = questions.len();
        for (index, question) in questions.iter().enumerate() {
            self.screen
                .question(self.course, question, index + 1, count);
            let Some(picked) = answers
                .pick(question, self.screen)
                .with_context(|| format!("question {} of {count}", index + 1))?
            else {
                return Ok(index);
            };
            let ids: Vec<&str> = picked
                .iter()
                .map(|&i| question.choices[i].id.as_str())
                .collect();
            self.to_room
                .send(self.quiz.full_id(question), &ids, None, Some(self.round));
            self.state.record_concept_answer(
                self.round,
                &question.id,
                &ids,
                question.is_right(&ids),
            );
            self.state.save(self.course)?;
        }
        Ok(count)
    }
}

/// Both rounds, question by question, and then each question's right
/// answer with why.
fn both_rounds(screen: &Screen, quiz: &Quiz, state: &LearnerState) {
    let rows: Vec<ConceptRow> = quiz
        .questions
        .iter()
        .map(|q| ConceptRow {
            id: q.id.clone(),
            before: state.concept_result(Round::Before, &q.id),
            after: state.concept_result(Round::After, &q.id),
        })
        .collect();
    screen.concept_summary(&rows);
    screen.print("");
    screen.print("The right answers, and why:");
    for (index, question) in quiz.questions.iter().enumerate() {
        screen.concept_key(question, index + 1);
    }
}
