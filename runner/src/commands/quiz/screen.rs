//! What `cargo kata quiz` prints: a question (its prompt, its code, its
//! choices), the explanations after an answer, and where the learner
//! stands at the end. The same words as the book's quiz ("Right to pick",
//! "Not right", "Try again").

use anstyle::{AnsiColor, Style};

use crate::course::Course;
use crate::quiz::markdown::{prompt_lines, wrap};
use crate::quiz::show::{Look, Show};
use crate::quiz::{Kind, Question, Quiz};
use crate::ui::{self, BAD, BOLD, DIM, GOOD, NOTE};

/// Through a pipe, lines are wrapped at this width, so that what is
/// printed does not depend on a terminal.
const PIPE_WIDTH: usize = 100;

const ADDED: Style = AnsiColor::Green.on_default();
const REMOVED: Style = AnsiColor::Red.on_default();

pub struct Screen {
    width: usize,
    /// Keys on a terminal; lines through a pipe, echoed.
    keys: bool,
}

/// The end of a quiz, in figures.
pub struct Summary<'a> {
    pub chapter: &'a str,
    pub finished: bool,
    /// Answered this time, and right at the first try.
    pub asked: usize,
    pub right_first: usize,
    pub count: usize,
    /// From the learner's state: answered ever, and right the first time.
    pub remembered: (usize, usize),
}

impl Screen {
    pub fn new(keys: bool) -> Screen {
        let width = if keys {
            crossterm::terminal::size()
                .map(|(columns, _)| usize::from(columns).clamp(40, 120))
                .unwrap_or(PIPE_WIDTH)
        } else {
            PIPE_WIDTH
        };
        Screen { width, keys }
    }

    pub fn width(&self) -> usize {
        self.width
    }

    pub fn print(&self, line: impl AsRef<str>) {
        anstream::println!("{}", line.as_ref());
    }

    pub fn title(&self, quiz: &Quiz, title: &str, count: usize) {
        let how = if self.keys {
            "number keys or arrows and Space to pick, Enter to check, q to stop"
        } else {
            "one line per answer: a choice's number, or for \"pick all that apply\" every number, such as `1 3`"
        };
        self.print(ui::paint(
            BOLD,
            format!(
                "Quiz of chapter {}, {title}: {count} questions",
                quiz.number.trim_start_matches('0')
            ),
        ));
        self.print(ui::paint(DIM, format!("Answer with {how}.")));
    }

    pub fn question(&self, course: &Course, question: &Question, number: usize, count: usize) {
        let kind = match question.kind {
            Kind::Single => "pick one",
            Kind::Multiple => "pick all that apply",
        };
        self.print("");
        self.print(ui::paint(
            BOLD,
            format!("Question {number} of {count} ({kind})"),
        ));
        for line in prompt_lines(&question.prompt, self.width, "  ") {
            self.print(line);
        }
        for entry in &question.show {
            self.show(course, &Show::parse(entry));
        }
        self.print("");
        if !self.keys {
            for (index, choice) in question.choices.iter().enumerate() {
                let marker = format!("  {}. ", index + 1);
                let indent = " ".repeat(marker.len());
                for line in wrap(&choice.text, self.width, &marker, &indent) {
                    self.print(line);
                }
            }
        }
    }

    /// A shown file, indented under its path, as the book shows it.
    fn show(&self, course: &Course, show: &Show) {
        let title = match &show.anchor {
            Some(anchor) => format!("{} ({anchor})", show.shown_path()),
            None => show.shown_path(),
        };
        self.print("");
        self.print(ui::paint(DIM, format!("  {title}")));
        let text = show
            .read(course)
            .unwrap_or_else(|problem| format!("(cannot be shown: {problem})"));
        for line in text.lines() {
            let style = match (show.look(), line.chars().next()) {
                (Look::Diff, Some('+')) if !line.starts_with("+++") => ADDED,
                (Look::Diff, Some('-')) if !line.starts_with("---") => REMOVED,
                (Look::Diff, Some('@')) => NOTE,
                _ => Style::new(),
            };
            self.print(format!("    {}", ui::paint(style, line)).trim_end());
        }
    }

    /// Through a pipe, the answer read, as if it had been typed.
    pub fn echo(&self, line: &str) {
        self.print(format!("Your answer: {line}"));
    }

    /// The verdict, and the explanation of each choice picked (of every
    /// choice once the answer is right).
    pub fn explain(&self, question: &Question, picked: &[usize], right: bool) {
        if right {
            self.print(ui::paint(GOOD, "Right."));
        } else {
            self.print(ui::paint(BAD, "Not quite."));
        }
        for (index, choice) in question.choices.iter().enumerate() {
            if !right && !picked.contains(&index) {
                continue;
            }
            let marker = format!("  {}. ", index + 1);
            let indent = " ".repeat(marker.len());
            for line in wrap(&choice.text, self.width, &marker, &indent) {
                self.print(line);
            }
            let mark = if choice.correct {
                "**Right to pick:**"
            } else {
                "**Not right:**"
            };
            for line in wrap(
                &format!("{mark} {}", choice.why),
                self.width,
                &indent,
                &indent,
            ) {
                self.print(line);
            }
        }
        if !right {
            let how = match question.kind {
                Kind::Single => "pick again",
                Kind::Multiple => "pick every choice that applies again",
            };
            self.print(ui::paint(BOLD, format!("Try again: {how}.")));
        }
    }

    pub fn summary(&self, summary: Summary) {
        let Summary {
            chapter,
            finished,
            asked,
            right_first,
            count,
            remembered: (answered, right),
        } = summary;
        self.print("");
        if finished {
            self.print(ui::paint(
                BOLD,
                format!("Done: {right_first} of {count} right at the first try."),
            ));
        } else {
            self.print(ui::paint(
                BOLD,
                format!(
                    "The quiz stops here: {asked} of {count} questions answered, {right_first} right at the first try."
                ),
            ));
        }
        if (answered, right) != (asked, right_first) {
            self.print(format!(
                "Your first answers to this quiz, which `cargo kata list` shows: {right} of the {answered} answered right the first time."
            ));
        }
        if !finished {
            self.print(format!("`cargo kata quiz {chapter}` starts it again."));
        }
    }
}
