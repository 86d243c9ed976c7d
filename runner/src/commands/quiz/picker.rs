//! Picking a quiz answer with keys on a terminal: the choices with a
//! cursor, moved by the arrows (or j and k), a choice picked by its number
//! or by Space (toggled, for pick-all), Enter to check, q or Esc to stop.
//! [`Picker`] is what the keys do, apart from the terminal, so that it can
//! be tested; [`Keys`] draws it in raw mode, redrawing the choices in place.

use std::io::Write;

use anyhow::Result;
use crossterm::cursor::MoveToPreviousLine;
use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use crossterm::terminal::{self, Clear, ClearType};
use crossterm::{execute, queue};

use super::Answers;
use super::screen::Screen;
use crate::quiz::markdown::wrap;
use crate::quiz::{Kind, Question};
use crate::ui::{self, BOLD, DIM};

/// A key, as the picker reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Up,
    Down,
    /// A number key, 1 to 9.
    Number(usize),
    /// Space.
    Toggle,
    /// Enter.
    Check,
    /// q, Esc, Ctrl-C.
    Stop,
}

/// What the picker does after a key.
#[derive(Debug, PartialEq, Eq)]
pub enum Step {
    Redraw,
    /// Enter with nothing picked in a pick-all question.
    PickFirst,
    Checked(Vec<usize>),
    Stopped,
}

/// The choices of one question, the cursor, and what is picked.
#[derive(Debug)]
pub struct Picker {
    kind: Kind,
    cursor: usize,
    picked: Vec<bool>,
}

impl Picker {
    pub fn new(kind: Kind, choices: usize) -> Picker {
        Picker {
            kind,
            cursor: 0,
            picked: vec![false; choices],
        }
    }

    pub fn press(&mut self, key: Key) -> Step {
        let count = self.picked.len();
        match key {
            Key::Up => self.cursor = (self.cursor + count - 1) % count,
            Key::Down => self.cursor = (self.cursor + 1) % count,
            Key::Number(n) if (1..=count).contains(&n) => {
                self.cursor = n - 1;
                self.pick_at_cursor();
            }
            Key::Number(_) => {}
            Key::Toggle => self.pick_at_cursor(),
            Key::Check => {
                if self.kind == Kind::Single && !self.picked.contains(&true) {
                    self.pick_at_cursor();
                }
                let picked: Vec<usize> = (0..count).filter(|&i| self.picked[i]).collect();
                return if picked.is_empty() {
                    Step::PickFirst
                } else {
                    Step::Checked(picked)
                };
            }
            Key::Stop => return Step::Stopped,
        }
        Step::Redraw
    }

    /// One choice for a single-choice question; a toggle for pick-all.
    fn pick_at_cursor(&mut self) {
        match self.kind {
            Kind::Single => {
                self.picked.iter_mut().for_each(|p| *p = false);
                self.picked[self.cursor] = true;
            }
            Kind::Multiple => self.picked[self.cursor] = !self.picked[self.cursor],
        }
    }

    /// The choices as lines: the cursor, the box, the number, the text.
    fn lines(&self, question: &Question, width: usize) -> Vec<String> {
        let mut lines = Vec::new();
        for (index, choice) in question.choices.iter().enumerate() {
            let pointer = if index == self.cursor { ">" } else { " " };
            let boxed = match (self.kind, self.picked[index]) {
                (Kind::Single, true) => "(*)",
                (Kind::Single, false) => "( )",
                (Kind::Multiple, true) => "[x]",
                (Kind::Multiple, false) => "[ ]",
            };
            let first = format!("{pointer} {boxed} {}. ", index + 1);
            let rest = " ".repeat(first.len());
            let mut wrapped = wrap(&choice.text, width.saturating_sub(1), &first, &rest);
            if index == self.cursor
                && let Some(line) = wrapped.first_mut()
            {
                *line = format!("{}{}", ui::paint(BOLD, ">"), &line[1..]);
            }
            lines.extend(wrapped);
        }
        lines
    }
}

/// Answers from the keyboard, in raw mode while a question waits.
pub struct Keys;

/// Raw mode, left when dropped (even on an error).
struct Raw;

impl Raw {
    fn on() -> Result<Raw> {
        terminal::enable_raw_mode()?;
        Ok(Raw)
    }
}

impl Drop for Raw {
    fn drop(&mut self) {
        let _ = terminal::disable_raw_mode();
    }
}

fn read_key() -> Result<Key> {
    loop {
        let Event::Key(key) = event::read()? else {
            continue;
        };
        if key.kind != KeyEventKind::Press {
            continue;
        }
        return Ok(match key.code {
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => Key::Stop,
            KeyCode::Char('q') | KeyCode::Esc => Key::Stop,
            KeyCode::Up | KeyCode::Char('k') => Key::Up,
            KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab => Key::Down,
            KeyCode::Char(' ') => Key::Toggle,
            KeyCode::Enter => Key::Check,
            KeyCode::Char(c) if c.is_ascii_digit() => {
                Key::Number(c.to_digit(10).map_or(0, |d| d as usize))
            }
            _ => continue,
        });
    }
}

/// Writes `lines` in raw mode (where a line feed does not go back to the
/// start of the line).
fn draw(out: &mut impl Write, lines: &[String]) -> Result<()> {
    for line in lines {
        write!(out, "{line}\r\n")?;
    }
    out.flush()?;
    Ok(())
}

impl Answers for Keys {
    fn pick(&mut self, question: &Question, screen: &Screen) -> Result<Option<Vec<usize>>> {
        let mut picker = Picker::new(question.kind, question.choices.len());
        let help = ui::paint(DIM, "↑↓ move · number or Space pick · Enter check · q stop");
        let mut stdout = anstream::stdout();
        let _raw = Raw::on()?;
        let mut shown = picker.lines(question, screen.width());
        shown.push(help.clone());
        draw(&mut stdout, &shown)?;
        loop {
            let step = picker.press(read_key()?);
            let mut lines = picker.lines(question, screen.width());
            match &step {
                Step::PickFirst => lines.push(ui::paint(
                    DIM,
                    "Pick at least one choice (Space), then press Enter.",
                )),
                _ => lines.push(help.clone()),
            }
            queue!(
                stdout,
                MoveToPreviousLine(u16::try_from(shown.len()).unwrap_or(u16::MAX)),
                Clear(ClearType::FromCursorDown)
            )?;
            draw(&mut stdout, &lines)?;
            shown = lines;
            match step {
                Step::Checked(picked) => return Ok(Some(picked)),
                Step::Stopped => return Ok(None),
                Step::Redraw | Step::PickFirst => {}
            }
        }
    }

    fn next(&mut self, _screen: &Screen) -> Result<bool> {
        let mut stdout = anstream::stdout();
        let _raw = Raw::on()?;
        draw(
            &mut stdout,
            &[ui::paint(DIM, "Enter: next question · q: stop")],
        )?;
        loop {
            match read_key()? {
                Key::Check => break,
                Key::Stop => return Ok(false),
                _ => {}
            }
        }
        execute!(
            stdout,
            MoveToPreviousLine(1),
            Clear(ClearType::FromCursorDown)
        )?;
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_single_choice_is_picked_by_number_or_by_the_cursor() {
        let mut picker = Picker::new(Kind::Single, 3);
        assert_eq!(picker.press(Key::Number(2)), Step::Redraw);
        assert_eq!(picker.press(Key::Number(3)), Step::Redraw);
        assert_eq!(picker.press(Key::Check), Step::Checked(vec![2]));

        let mut picker = Picker::new(Kind::Single, 3);
        picker.press(Key::Up);
        assert_eq!(
            picker.press(Key::Check),
            Step::Checked(vec![2]),
            "Enter picks the cursor's"
        );
        assert_eq!(picker.press(Key::Number(9)), Step::Redraw);
        assert_eq!(picker.press(Key::Stop), Step::Stopped);
    }

    #[test]
    fn pick_all_toggles_and_wants_one_pick_at_least() {
        let mut picker = Picker::new(Kind::Multiple, 4);
        assert_eq!(picker.press(Key::Check), Step::PickFirst);
        picker.press(Key::Toggle);
        picker.press(Key::Down);
        picker.press(Key::Down);
        picker.press(Key::Toggle);
        picker.press(Key::Number(4));
        picker.press(Key::Number(4));
        assert_eq!(picker.press(Key::Check), Step::Checked(vec![0, 2]));
    }
}
