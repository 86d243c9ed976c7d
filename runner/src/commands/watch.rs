//! `cargo kata watch [NN]`: check the kata again each time a file in it is
//! saved, on one stable screen, with single keys for the rest: h hint,
//! n next kata, l list, r re-run, q quit. `--manual` re-runs only on r, for
//! file systems that send no file events.

use std::collections::VecDeque;
use std::io::Write;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use crossterm::{cursor, execute, terminal};

use crate::commands::{check, hint, list};
use crate::course::{Course, Kata};
use crate::evaluate;
use crate::file_watch;
use crate::files::Tree;
use crate::keys::{self, Input};
use crate::learner_state::LearnerState;
use crate::ui::{self, BOLD, DIM, NOTE, WARN};
use crate::verdict::Verdict;

/// How long a save must be quiet before the check runs: one save often
/// arrives as several events (write, rename, metadata).
const SETTLE: Duration = Duration::from_millis(250);

pub fn run(course: &Course, id: Option<&str>, manual: bool) -> Result<Verdict> {
    let mut state = LearnerState::load(course)?;
    let mut kata = match id {
        Some(id) => course.find(id)?,
        None => {
            state.rebuild_if_lost(course)?;
            state.current(course)?
        }
    };
    let (sender, events) = mpsc::channel();
    let keys = keys::start(sender.clone());
    let screen = Screen { raw: keys.raw() };
    loop {
        let watch = (!manual).then(|| file_watch::start(&course.kata_dir(kata), sender.clone()));
        let mode = match &watch {
            None => Mode::Manual,
            Some(watch) if watch.has_events() => Mode::Events,
            Some(_) => Mode::PollOnly,
        };
        let mut session = Session {
            course,
            kata,
            screen: &screen,
            mode,
            notes: Vec::new(),
        };
        match session.watch(&events, &mut state)? {
            WatchExit::Quit => return Ok(Verdict::Done),
            WatchExit::Kata(next) => kata = next,
        }
    }
}

/// What a watch hears about: the learner's keys and saves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WatchEvent {
    Input(Input),
    /// The learner's input ended (no terminal and no more lines).
    InputClosed,
    /// A file in the kata changed; `by_event` is false when only the poll saw it.
    Saved {
        by_event: bool,
    },
}

/// A check's result: what the screen shows, and the files it checked.
struct Checked {
    lines: Vec<String>,
    files: Tree,
}

enum Mode {
    Events,
    PollOnly,
    Manual,
}

enum WatchExit<'a> {
    Quit,
    Kata(&'a Kata),
}

struct Session<'a> {
    course: &'a Course,
    kata: &'a Kata,
    screen: &'a Screen,
    mode: Mode,
    /// Said under the results until the kata changes.
    notes: Vec<String>,
}

impl<'a> Session<'a> {
    fn watch(
        &mut self,
        events: &Receiver<WatchEvent>,
        state: &mut LearnerState,
    ) -> Result<WatchExit<'a>> {
        let mut results = self.check(state)?;
        let mut checked: Option<Tree> = Some(results.files.clone());
        self.draw(&results.lines, &[]);
        let mut last_event: Option<Instant> = None;
        let mut pending: VecDeque<WatchEvent> = VecDeque::new();
        loop {
            let event = match pending.pop_front() {
                Some(event) => event,
                None => events.recv().context("the watch lost its inputs")?,
            };
            match event {
                WatchEvent::Input(Input::Quit) => return Ok(WatchExit::Quit),
                WatchEvent::Input(Input::Next) => {
                    let next = self
                        .course
                        .katas
                        .iter()
                        .skip_while(|k| k.id != self.kata.id)
                        .nth(1);
                    match next {
                        Some(next) => return Ok(WatchExit::Kata(next)),
                        None => self.draw(
                            &results.lines,
                            &[format!("kata {} is the last one", self.kata.id)],
                        ),
                    }
                }
                WatchEvent::Input(Input::Hint) => {
                    let hint = hint::next_hint(self.kata, state);
                    state.save(self.course)?;
                    self.draw(&results.lines, &hint);
                }
                WatchEvent::Input(Input::List) => {
                    self.draw(&results.lines, &list::lines(self.course, state)?)
                }
                WatchEvent::Input(Input::Rerun) => {
                    results = self.check(state)?;
                    checked = Some(results.files.clone());
                    self.draw(&results.lines, &[]);
                }
                WatchEvent::Input(Input::Other) => self.draw(&results.lines, &[]),
                WatchEvent::InputClosed => {
                    if matches!(self.mode, Mode::Manual) {
                        return Ok(WatchExit::Quit); // nothing left that could re-run it
                    }
                }
                WatchEvent::Saved { by_event } => {
                    let mut any_event = by_event;
                    settle(events, &mut pending, &mut any_event);
                    if any_event {
                        last_event = Some(Instant::now());
                    }
                    let now = crate::files::read_tree(&self.course.kata_dir(self.kata), &[]).ok();
                    if now == checked {
                        continue; // a touch, or a save already checked
                    }
                    let events_missed = matches!(self.mode, Mode::Events)
                        && !any_event
                        && last_event.is_none_or(|at| at.elapsed() > Duration::from_secs(3));
                    if events_missed && self.notes.is_empty() {
                        self.notes.push(ui::status(
                            WARN,
                            "Note",
                            "a save arrived without a file event: this file system sends none \
                             (a network share or a container?). Saves are still seen, within a \
                             second; `cargo kata watch --manual` re-runs only on r.",
                        ));
                    }
                    results = self.check(state)?;
                    checked = Some(results.files.clone());
                    self.draw(&results.lines, &[]);
                }
            }
        }
    }

    /// Runs the check, showing what is running, and records the result.
    fn check(&self, state: &mut LearnerState) -> Result<Checked> {
        let evaluation = evaluate::evaluate(self.course, self.kata, &mut |step| {
            self.draw(&[ui::status(NOTE, "Running", format!("{step}..."))], &[]);
        })?;
        let lines = check::record_and_render(self.course, state, self.kata, &evaluation)?;
        Ok(Checked {
            lines,
            files: evaluation.files,
        })
    }

    fn draw(&self, results: &[String], below: &[String]) {
        let kata = self.kata;
        let mut lines = vec![check::title(kata), String::new()];
        lines.extend_from_slice(results);
        if !below.is_empty() {
            lines.push(String::new());
            lines.extend_from_slice(below);
        }
        lines.extend(self.notes.iter().cloned());
        lines.push(String::new());
        let folder = format!("katas/{}", kata.folder);
        lines.push(ui::paint(
            DIM,
            match self.mode {
                Mode::Events => format!("watching {folder}: save a file to check again"),
                Mode::PollOnly => {
                    format!("watching {folder} by looking every second (no file events here)")
                }
                Mode::Manual => format!("manual mode: edit {folder}, then press r to check again"),
            },
        ));
        lines.push(ui::paint(BOLD, keys::help_line()));
        self.screen.show(&lines);
    }
}

/// Swallows the rest of a burst of save events, keeping any key presses.
fn settle(events: &Receiver<WatchEvent>, pending: &mut VecDeque<WatchEvent>, any_event: &mut bool) {
    loop {
        match events.recv_timeout(SETTLE) {
            Ok(WatchEvent::Saved { by_event }) => *any_event |= by_event,
            Ok(other) => pending.push_back(other),
            Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => return,
        }
    }
}

struct Screen {
    /// On a terminal in raw mode: redraw in place. Otherwise: append.
    raw: bool,
}

impl Screen {
    /// Shows `lines` as the whole screen, written at once so it does not flicker.
    fn show(&self, lines: &[String]) {
        let mut out = anstream::stdout();
        if self.raw {
            let _ = execute!(
                std::io::stdout(),
                terminal::Clear(terminal::ClearType::All),
                cursor::MoveTo(0, 0)
            );
            let _ = write!(out, "{}\r\n", lines.join("\r\n"));
        } else {
            let _ = write!(out, "\n{}\n", lines.join("\n"));
        }
        let _ = out.flush();
    }
}
