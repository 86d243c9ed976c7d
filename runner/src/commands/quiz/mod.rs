//! `cargo kata quiz [NN]`: a chapter's quiz in the terminal, the same
//! questions as the book's (the current kata's chapter when no number is
//! given). Each question shows its prompt and its code (read through the
//! anchors, as the book includes it); after an answer, the explanation of
//! each choice picked, and "try again" until the answer is right, when
//! every explanation shows. The learner's state remembers each question's
//! first answer; `cargo kata list` shows how many were right the first time.
//!
//! Answers come as keys on a terminal (`picker.rs`), or as lines through a
//! pipe ("2", or "1 3" for pick-all), so that it can be scripted and
//! tested. A line that is not a choice ends the quiz with a clear error.
//!
//! In a classroom, every answer also goes to the room, in the background
//! (as the question's id and the chosen choices' ids, never free text:
//! [`ToRoom`]). Two more ways to be asked:
//! - `--room` (`room.rs`): the question the instructor asks the room, when
//!   they ask it;
//! - `--concept-check` (`concept_check.rs`): the concept check, in the
//!   room's round, or on one's own before and after the course.

mod concept_check;
mod picker;
mod room;
mod screen;

use std::io::{BufRead, IsTerminal};

use anyhow::{Context, Result, bail};

use crate::classroom::client::{self, Membership};
use crate::classroom::now_ms;
use crate::classroom::wire::{Answer, Round};
use crate::course::Course;
use crate::learner_state::LearnerState;
use crate::quiz::{self, Chapter, Kind, Question, Quiz, Quizzes, validate};
use crate::verdict::Verdict;

use screen::Screen;

/// How the quiz was asked for.
pub enum Which<'a> {
    /// A chapter's quiz (the current kata's chapter when `None`).
    Chapter(Option<&'a str>),
    /// The questions the instructor asks the room.
    Room,
    /// The concept check.
    ConceptCheck,
}

pub fn run(course: &Course, which: Which) -> Result<Verdict> {
    match which {
        Which::Chapter(typed) => chapter(course, typed),
        Which::Room => room::run(course),
        Which::ConceptCheck => concept_check::run(course),
    }
}

fn chapter(course: &Course, typed: Option<&str>) -> Result<Verdict> {
    let mut state = LearnerState::load(course)?;
    let chapter = match typed {
        Some(typed) => quiz::find_chapter(course, typed)?,
        None => {
            let kata = state.current(course)?;
            quiz::chapter_of(course, kata).with_context(|| {
                format!(
                    "kata {}'s chapter has no number in its file name; name the chapter: `cargo kata quiz 09`",
                    kata.id
                )
            })?
        }
    };
    let quizzes = Quizzes::load(course)?;
    let Some(quiz) = quizzes.of_chapter(&chapter.number) else {
        let with: Vec<&str> = quizzes.quizzes.iter().map(|q| q.number.as_str()).collect();
        let which = if with.is_empty() {
            "no chapter has one yet".to_string()
        } else {
            format!("the chapters with one are {}", with.join(", "))
        };
        bail!(
            "chapter {} ({}) has no quiz yet; {which}",
            chapter.number,
            chapter.title
        );
    };
    if let Some(problem) = validate::problems(course, quiz).first() {
        bail!(
            "the quiz of chapter {} cannot be asked: {problem}",
            chapter.number
        );
    }
    let keys = std::io::stdin().is_terminal();
    let screen = Screen::new(keys);
    let mut to_room = ToRoom::new(course);
    let mut session = Session {
        course,
        quiz,
        title: chapter.title.clone(),
        state: &mut state,
        screen: &screen,
        to_room: &mut to_room,
        right_first: 0,
        asked: 0,
    };
    let finished = if keys {
        session.ask_all(&mut picker::Keys)
    } else {
        session.ask_all(&mut Lines {
            input: std::io::stdin().lock(),
        })
    };
    // What was answered before a bad line still went to the room.
    let finished = match finished {
        Ok(finished) => finished,
        Err(error) => {
            screen.quiet(&to_room.finish());
            return Err(error);
        }
    };
    session.summary(&chapter, finished);
    screen.quiet(&to_room.finish());
    Ok(Verdict::Done)
}

/// A quiz file that is there but not well-formed cannot be asked.
fn askable<'q>(course: &Course, quiz: &'q Quiz) -> Result<&'q Quiz> {
    match validate::problems(course, quiz).first() {
        Some(problem) => bail!("{} cannot be asked: {problem}", quiz.file()),
        None => Ok(quiz),
    }
}

/// Where a learner's answers go besides their own state: the classroom,
/// once joined. Each answer is queued and sent in the background, as a
/// check's report is; nothing here waits for the network or fails a quiz.
pub struct ToRoom<'a> {
    course: &'a Course,
    membership: Option<Membership>,
    /// The learner's clock, never twice the same: two answers in one
    /// millisecond are still first and latest.
    last_at: i64,
    quiet: Vec<String>,
}

impl<'a> ToRoom<'a> {
    pub fn new(course: &'a Course) -> ToRoom<'a> {
        let (membership, quiet) = match Membership::load(course) {
            Ok(membership) => (membership, Vec::new()),
            Err(error) => (None, vec![format!("classroom: {error:#}")]),
        };
        ToRoom {
            course,
            membership,
            last_at: 0,
            quiet,
        }
    }

    pub fn membership(&self) -> Option<&Membership> {
        self.membership.as_ref()
    }

    /// Sends an answer to the room, when the learner is in one.
    pub fn send(
        &mut self,
        question: String,
        picked: &[&str],
        poll: Option<i64>,
        round: Option<Round>,
    ) {
        let Some(membership) = &self.membership else {
            return;
        };
        self.last_at = now_ms().max(self.last_at + 1);
        let answer = Answer {
            question,
            choices: picked.iter().map(|id| (*id).to_string()).collect(),
            poll,
            round,
            answered_at: self.last_at,
        };
        self.quiet
            .extend(client::after_answer(self.course, membership, &answer));
    }

    /// The quiet lines to print at the end: an answer that could not be
    /// queued, or what an earlier sender could not deliver.
    pub fn finish(&mut self) -> Vec<String> {
        let mut lines = std::mem::take(&mut self.quiet);
        if self.membership.is_some() {
            lines.extend(client::undelivered(self.course));
        }
        lines
    }
}

/// Where answers come from.
pub trait Answers {
    /// The indexes of the choices picked for `question`, or `None` when the
    /// learner stops (no more input, or q).
    fn pick(&mut self, question: &Question, screen: &Screen) -> Result<Option<Vec<usize>>>;

    /// After a right answer, before the next question: `false` when the
    /// learner stops.
    fn next(&mut self, screen: &Screen) -> Result<bool>;
}

/// Answers as lines, through a pipe.
struct Lines<R> {
    input: R,
}

impl<R: BufRead> Answers for Lines<R> {
    fn pick(&mut self, question: &Question, screen: &Screen) -> Result<Option<Vec<usize>>> {
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        let line = line.trim();
        screen.echo(line);
        match parse_answer(line, question) {
            Ok(picked) => Ok(Some(picked)),
            Err(problem) => bail!("{problem}"),
        }
    }

    fn next(&mut self, _screen: &Screen) -> Result<bool> {
        Ok(true)
    }
}

/// A line as the indexes of the choices it names: `2`, or `1 3` (commas
/// too) for a pick-all question.
fn parse_answer(line: &str, question: &Question) -> Result<Vec<usize>, String> {
    let count = question.choices.len();
    let how = match question.kind {
        Kind::Single => format!("type the number of one choice, 1 to {count}"),
        Kind::Multiple => {
            format!("type the numbers of every choice you pick, 1 to {count}, such as `1 3`")
        }
    };
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let mut picked = Vec::new();
    for word in &words {
        match word.parse::<usize>() {
            Ok(n) if (1..=count).contains(&n) => {
                if !picked.contains(&(n - 1)) {
                    picked.push(n - 1);
                }
            }
            _ => return Err(format!("{line:?} is not a choice: {how}")),
        }
    }
    match (question.kind, picked.len()) {
        (_, 0) => Err(format!("{line:?} is not a choice: {how}")),
        (Kind::Single, 1) | (Kind::Multiple, _) => {
            picked.sort_unstable();
            Ok(picked)
        }
        (Kind::Single, _) => Err(format!("{line:?} picks more than one choice: {how}")),
    }
}

struct Session<'a, 'r> {
    course: &'a Course,
    quiz: &'a Quiz,
    /// The chapter's title.
    title: String,
    state: &'a mut LearnerState,
    screen: &'a Screen,
    to_room: &'r mut ToRoom<'a>,
    /// This time: questions answered, and right at the first try.
    asked: usize,
    right_first: usize,
}

impl Session<'_, '_> {
    /// Asks every question; `false` when the learner stopped before the end.
    fn ask_all(&mut self, answers: &mut dyn Answers) -> Result<bool> {
        let count = self.quiz.questions.len();
        self.screen.title(self.quiz, &self.title, count);
        for (index, question) in self.quiz.questions.iter().enumerate() {
            self.screen
                .question(self.course, question, index + 1, count);
            let mut first = true;
            loop {
                let Some(picked) = answers
                    .pick(question, self.screen)
                    .with_context(|| format!("question {} of {count}", index + 1))?
                else {
                    return Ok(false);
                };
                let ids: Vec<&str> = picked
                    .iter()
                    .map(|&i| question.choices[i].id.as_str())
                    .collect();
                let right = question.is_right(&ids);
                // Every answer goes to the room, which keeps the first and
                // the latest; the learner's state keeps the first.
                self.to_room
                    .send(self.quiz.full_id(question), &ids, None, None);
                if first {
                    self.answered(question, &ids, right)?;
                    first = false;
                }
                self.screen.explain(question, &picked, right);
                if right {
                    break;
                }
            }
            if index + 1 < count && !answers.next(self.screen)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// A first answer to `question`: counted, and remembered.
    fn answered(&mut self, question: &Question, picked: &[&str], right: bool) -> Result<()> {
        self.asked += 1;
        self.right_first += usize::from(right);
        self.state
            .record_quiz_answer(&self.quiz.number, &question.id, picked, right);
        self.state.save(self.course)
    }

    fn summary(&self, chapter: &Chapter, finished: bool) {
        let count = self.quiz.questions.len();
        let ids = self.quiz.questions.iter().map(|q| q.id.as_str());
        let (answered, right) = self.state.quiz_results(&self.quiz.number, ids);
        self.screen.summary(screen::Summary {
            chapter: &chapter.number,
            finished,
            asked: self.asked,
            right_first: self.right_first,
            count,
            remembered: (answered, right),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::Choice;

    fn question(kind: Kind) -> Question {
        let choice = |id: &str| Choice {
            id: id.into(),
            text: id.into(),
            correct: id == "a",
            why: "w".into(),
            run: None,
        };
        Question {
            id: "q".into(),
            kind,
            prompt: "?".into(),
            show: Vec::new(),
            choices: vec![choice("a"), choice("b"), choice("c")],
            proof: None,
        }
    }

    #[test]
    fn a_line_names_one_choice_or_for_pick_all_several() {
        let single = question(Kind::Single);
        assert_eq!(parse_answer("2", &single), Ok(vec![1]));
        assert_eq!(parse_answer(" 3 ", &single), Ok(vec![2]));
        assert!(
            parse_answer("1 2", &single)
                .unwrap_err()
                .contains("more than one")
        );
        let multiple = question(Kind::Multiple);
        assert_eq!(parse_answer("3 1", &multiple), Ok(vec![0, 2]));
        assert_eq!(parse_answer("1,3,3", &multiple), Ok(vec![0, 2]));
        for bad in ["", "x", "0", "4", "1 x", "-1"] {
            let error = parse_answer(bad, &multiple).unwrap_err();
            assert!(error.contains("is not a choice"), "{bad:?}: {error}");
        }
    }
}
