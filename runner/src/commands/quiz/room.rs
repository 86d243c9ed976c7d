//! `cargo kata quiz --room`: a student response system with nothing to
//! install. In a classroom, it waits for the question the instructor asks
//! the room (from the page), asks it here (the same screen as a chapter's
//! quiz: keys on a terminal, lines through a pipe), sends the answer, and
//! shows the explanations once the instructor closes the question; then it
//! waits for the next.
//!
//! Why the explanations wait for the instructor rather than show at once:
//! the bars on the projector are worth something only if each answer is the
//! learner's own. A learner who read the explanation at once tells a
//! neighbor who has not answered yet, and the bars fill with the copy; the
//! instructor also often wants the room to argue over the bars ("convince
//! your neighbor") before the answer is out. Closing the question is the
//! moment the room learns the answer, together.
//!
//! Two threads feed one channel that the questions are asked from: one
//! holds a request open to the room (`GET .../quiz?after=VERSION`, answered
//! when the room asks something else), the other (through a pipe only)
//! reads the learner's lines, so that the end of the input is heard while
//! waiting for a question.

use std::collections::VecDeque;
use std::io::{BufRead, IsTerminal};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

use anyhow::{Context, Result, bail};

use super::screen::{Closed, Screen};
use super::{Answers, ToRoom, parse_answer, picker};
use crate::classroom::client::{self, Membership};
use crate::classroom::wire::{Poll, RoomQuiz};
use crate::course::Course;
use crate::learner_state::LearnerState;
use crate::limits;
use crate::quiz::{self, Question, Quiz, Quizzes};
use crate::verdict::Verdict;

/// What the room mode hears, from either thread.
enum Heard {
    /// What the room asks now (only sent when it changed).
    Room(RoomQuiz),
    /// The classroom stopped answering; in words.
    Lost(String),
    /// A line of input, through a pipe.
    Line(String),
    /// The input ended.
    End,
}

pub fn run(course: &Course) -> Result<Verdict> {
    let mut to_room = ToRoom::new(course);
    let Some(membership) = to_room.membership().cloned() else {
        bail!(
            "`cargo kata quiz --room` answers the questions your instructor asks a classroom: \
             join it first (`cargo kata join CODE@HOST:PORT --name NAME`, as your instructor \
             shows it)"
        );
    };
    // The first time, a room that does not answer is an error: there is
    // nothing to wait for.
    let now = client::room_quiz(&membership, None)?;
    let quizzes = Quizzes::load(course)?;
    let state = LearnerState::load(course)?;
    let keys = std::io::stdin().is_terminal();
    let screen = Screen::new(keys);
    let (sender, heard) = mpsc::channel();
    listen(membership.clone(), now.version, sender.clone());
    if !keys {
        read_lines(sender);
    }
    screen.room_title(&membership.server);
    let mut room = Room {
        course,
        quizzes: &quizzes,
        state,
        screen: &screen,
        heard,
        now,
        handled: None,
        lines: VecDeque::new(),
        input_ended: false,
        keys,
        answered: 0,
    };
    let ended = room.serve(&mut to_room);
    screen.room_end(room.answered);
    screen.quiet(&to_room.finish());
    ended.map(|()| Verdict::Done)
}

/// Asks the room's questions as they come.
struct Room<'a> {
    course: &'a Course,
    quizzes: &'a Quizzes,
    state: LearnerState,
    screen: &'a Screen,
    heard: Receiver<Heard>,
    /// What the room asks, as last heard.
    now: RoomQuiz,
    /// The last poll asked here (or seen closed), so that none is asked
    /// twice.
    handled: Option<i64>,
    /// Lines read ahead of their question.
    lines: VecDeque<String>,
    input_ended: bool,
    keys: bool,
    answered: usize,
}

/// What became of one question.
enum Outcome {
    Answered,
    /// The learner stopped (q, or the input ended).
    Stopped,
}

impl Room<'_> {
    fn serve(&mut self, to_room: &mut ToRoom) -> Result<()> {
        self.screen.room_waiting(true);
        loop {
            if let Some(poll) = self.to_ask() {
                self.handled = Some(poll.poll);
                match self.ask(&poll, to_room)? {
                    Outcome::Answered => self.screen.room_waiting(false),
                    Outcome::Stopped => return Ok(()),
                }
                continue;
            }
            if self.input_ended && self.lines.is_empty() {
                return Ok(());
            }
            self.hear()?;
        }
    }

    /// The open question the learner has not been asked yet.
    fn to_ask(&self) -> Option<Poll> {
        self.now
            .poll
            .clone()
            .filter(|poll| poll.open && Some(poll.poll) != self.handled)
    }

    /// Waits for the next thing heard, and keeps it.
    fn hear(&mut self) -> Result<()> {
        let heard = self
            .heard
            .recv()
            .context("the classroom's listener stopped")?;
        self.keep(heard);
        Ok(())
    }

    fn keep(&mut self, heard: Heard) {
        match heard {
            Heard::Room(now) => self.now = now,
            Heard::Lost(problem) => self.screen.room_lost(&problem),
            Heard::Line(line) => self.lines.push_back(line),
            Heard::End => self.input_ended = true,
        }
    }

    /// Whether `poll` is still the open question.
    fn still_open(&self, poll: &Poll) -> bool {
        self.now
            .poll
            .as_ref()
            .is_some_and(|now| now.poll == poll.poll && now.open)
    }

    fn ask(&mut self, poll: &Poll, to_room: &mut ToRoom) -> Result<Outcome> {
        let Some((quiz, question)) = self.quizzes.find(&poll.question) else {
            self.screen.room_unknown(&poll.question);
            return Ok(Outcome::Answered);
        };
        self.screen
            .room_question(self.course, question, &quiz_title(self.course, quiz));
        let picked = match self.pick(question, poll)? {
            Picked::Answer(picked) => picked,
            Picked::Stopped => return Ok(Outcome::Stopped),
            Picked::Closed => {
                self.screen.room_closed(Closed::BeforeAnswer);
                self.screen.reveal(question, &[]);
                return Ok(Outcome::Answered);
            }
        };
        let ids: Vec<&str> = picked
            .iter()
            .map(|&i| question.choices[i].id.as_str())
            .collect();
        let right = question.is_right(&ids);
        // Whatever came while the learner was choosing.
        while let Ok(heard) = self.heard.try_recv() {
            self.keep(heard);
        }
        if !self.still_open(poll) {
            self.screen.room_closed(Closed::BeforeItArrived);
            self.screen.verdict(right);
            self.screen.reveal(question, &picked);
            return Ok(Outcome::Answered);
        }
        to_room.send(quiz.full_id(question), &ids, Some(poll.poll), None);
        self.state
            .record_quiz_answer(&quiz.number, &question.id, &ids, right);
        self.state.save(self.course)?;
        self.answered += 1;
        self.screen.room_sent();
        while self.still_open(poll) {
            self.hear()?;
        }
        self.screen.room_closed(Closed::AfterAnswer);
        self.screen.verdict(right);
        self.screen.reveal(question, &picked);
        Ok(Outcome::Answered)
    }

    /// The learner's answer: keys on a terminal, the next line through a
    /// pipe, waiting for it while still hearing the room (so that a question
    /// closed meanwhile is closed here too; the keys cannot be interrupted,
    /// and their answer is checked once it comes).
    fn pick(&mut self, question: &Question, poll: &Poll) -> Result<Picked> {
        if self.keys {
            return Ok(match picker::Keys.pick(question, self.screen)? {
                Some(picked) => Picked::Answer(picked),
                None => Picked::Stopped,
            });
        }
        loop {
            if let Some(line) = self.lines.pop_front() {
                let line = line.trim().to_string();
                self.screen.echo(&line);
                return match parse_answer(&line, question) {
                    Ok(picked) => Ok(Picked::Answer(picked)),
                    Err(problem) => bail!("{problem}"),
                };
            }
            if self.input_ended {
                return Ok(Picked::Stopped);
            }
            if !self.still_open(poll) {
                return Ok(Picked::Closed);
            }
            self.hear()?;
        }
    }
}

/// The learner's answer to one question, or why there is none.
enum Picked {
    Answer(Vec<usize>),
    /// The learner stopped (q, or the input ended).
    Stopped,
    /// The instructor closed the question first.
    Closed,
}

/// "chapter 9, Test doubles and mocks".
fn quiz_title(course: &Course, quiz: &Quiz) -> String {
    let title = quiz::chapters(course)
        .into_iter()
        .find(|c| c.number == quiz.number)
        .map_or(String::new(), |c| format!(", {}", c.title));
    format!("chapter {}{title}", quiz.number.trim_start_matches('0'))
}

/// Holds a request open to the room, and sends what it asks each time that
/// changes; when the room does not answer, says so once and tries again
/// after a pause (it is across the room, and may be back in a moment).
fn listen(membership: Membership, mut version: u64, sender: Sender<Heard>) {
    thread::spawn(move || {
        let mut lost = false;
        loop {
            let heard = match client::room_quiz(&membership, Some(version)) {
                Ok(now) => {
                    lost = false;
                    if now.version == version {
                        continue;
                    }
                    version = now.version;
                    Heard::Room(now)
                }
                Err(error) if !lost => {
                    lost = true;
                    Heard::Lost(format!("{error:#}"))
                }
                Err(_) => {
                    thread::sleep(limits::CLASSROOM_ROOM_AGAIN);
                    continue;
                }
            };
            if sender.send(heard).is_err() {
                return;
            }
        }
    });
}

/// Reads the learner's lines (through a pipe), and says when they end.
fn read_lines(sender: Sender<Heard>) {
    thread::spawn(move || {
        for line in std::io::stdin().lock().lines() {
            let Ok(line) = line else { break };
            if sender.send(Heard::Line(line)).is_err() {
                return;
            }
        }
        let _ = sender.send(Heard::End);
    });
}
