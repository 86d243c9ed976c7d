//! Key presses for `cargo kata watch`: single keys on a terminal (raw mode,
//! restored when the guard drops), or one line per key when the input is not
//! a terminal (a pipe, an editor's task runner).

use std::io::{BufRead, IsTerminal};
use std::sync::mpsc::Sender;
use std::thread;

use crossterm::event::{self, Event as TermEvent, KeyCode, KeyEventKind, KeyModifiers};
use crossterm::terminal;

use crate::file_watch::Event;

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

pub fn start(events: Sender<Event>) -> Keys {
    let raw = std::io::stdin().is_terminal() && terminal::enable_raw_mode().is_ok();
    if raw {
        thread::spawn(move || read_keys(&events));
    } else {
        thread::spawn(move || read_lines(&events));
    }
    Keys { raw }
}

fn read_keys(events: &Sender<Event>) {
    while let Ok(event) = event::read() {
        let TermEvent::Key(key) = event else { continue };
        if key.kind != KeyEventKind::Press {
            continue;
        }
        let pressed = match key.code {
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => 'q',
            KeyCode::Char(c) => c.to_ascii_lowercase(),
            KeyCode::Esc => 'q',
            _ => continue,
        };
        if events.send(Event::Key(pressed)).is_err() {
            return;
        }
    }
}

fn read_lines(events: &Sender<Event>) {
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        if let Some(c) = line.trim().chars().next()
            && events.send(Event::Key(c.to_ascii_lowercase())).is_err()
        {
            return;
        }
    }
    let _ = events.send(Event::InputClosed);
}
