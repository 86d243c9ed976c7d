//! Key presses for `cargo kata watch`: single keys on a terminal (raw mode,
//! restored when the guard drops), or one line per key when the input is not
//! a terminal (a pipe, an editor's task runner). Each key is mapped once,
//! here, to an [`Input`]; the help line is made from the same table.

use std::io::{BufRead, IsTerminal};
use std::sync::mpsc::Sender;
use std::thread;

use crossterm::event::{self, Event as TermEvent, KeyCode, KeyEventKind, KeyModifiers};
use crossterm::terminal;

use crate::commands::watch::WatchEvent;

/// What the learner asks of `watch`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Hint,
    Next,
    List,
    Rerun,
    Quit,
    /// Any other key: the screen is drawn again.
    Other,
}

/// Each input's key and what it does, for the help line.
const KEYS: [(char, Input, &str); 5] = [
    ('h', Input::Hint, "hint"),
    ('n', Input::Next, "next kata"),
    ('l', Input::List, "list"),
    ('r', Input::Rerun, "re-run"),
    ('q', Input::Quit, "quit"),
];

impl Input {
    fn of(key: char) -> Input {
        let key = key.to_ascii_lowercase();
        KEYS.iter()
            .find(|(k, ..)| *k == key)
            .map_or(Input::Other, |(_, input, _)| *input)
    }
}

/// `h hint · n next kata · l list · r re-run · q quit`
pub fn help_line() -> String {
    KEYS.iter()
        .map(|(key, _, what)| format!("{key} {what}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Restores the terminal when dropped, even when the watch ends in an error.
pub struct Keys {
    raw: bool,
}

impl Keys {
    /// Whether lines must end in "\r\n" (raw mode does not move to the start
    /// of the line on "\n").
    pub fn raw(&self) -> bool {
        self.raw
    }
}

impl Drop for Keys {
    fn drop(&mut self) {
        if self.raw {
            let _ = terminal::disable_raw_mode();
        }
    }
}

pub fn start(events: Sender<WatchEvent>) -> Keys {
    let raw = std::io::stdin().is_terminal() && terminal::enable_raw_mode().is_ok();
    if raw {
        thread::spawn(move || read_keys(&events));
    } else {
        thread::spawn(move || read_lines(&events));
    }
    Keys { raw }
}

fn read_keys(events: &Sender<WatchEvent>) {
    while let Ok(event) = event::read() {
        let TermEvent::Key(key) = event else { continue };
        if key.kind != KeyEventKind::Press {
            continue;
        }
        let input = match key.code {
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => Input::Quit,
            KeyCode::Char(c) => Input::of(c),
            KeyCode::Esc => Input::Quit,
            _ => continue,
        };
        if events.send(WatchEvent::Input(input)).is_err() {
            return;
        }
    }
}

fn read_lines(events: &Sender<WatchEvent>) {
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        if let Some(c) = line.trim().chars().next()
            && events.send(WatchEvent::Input(Input::of(c))).is_err()
        {
            return;
        }
    }
    let _ = events.send(WatchEvent::InputClosed);
}
