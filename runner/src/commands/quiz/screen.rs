//! What `cargo kata quiz` prints: a question (its prompt, its code, its
//! choices), the explanations after an answer, and where the learner
//! stands at the end. The same words as the book's quiz ("Right to pick",
//! "Not right", "Try again").

use anstyle::{AnsiColor, Style};

use crate::classroom::wire::Round;
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

/// One question of the concept check, as the learner's summary shows it:
/// right or not in each round (`None`: not answered there).
pub struct ConceptRow {
    pub id: String,
    pub before: Option<bool>,
    pub after: Option<bool>,
}

/// When the instructor closed a question asked of the room.
pub enum Closed {
    AfterAnswer,
    /// While the learner was choosing (through a pipe).
    BeforeAnswer,
    /// While the learner was choosing, noticed once they had (keys).
    BeforeItArrived,
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
        self.print("");
        self.print(ui::paint(
            BOLD,
            format!("Question {number} of {count} ({})", kind(question)),
        ));
        self.body(course, question);
    }

    /// A question's prompt, what it shows, and (through a pipe) its
    /// choices.
    fn body(&self, course: &Course, question: &Question) {
        for line in prompt_lines(&question.prompt, self.width, "  ") {
            self.print(line);
        }
        for entry in &question.show {
            self.show(course, &Show::parse(entry));
        }
        self.print("");
        if !self.keys {
            for (index, choice) in question.choices.iter().enumerate() {
                self.choice(index, &choice.text);
            }
        }
    }

    /// A choice as a numbered item, wrapped, and its indent.
    fn choice(&self, index: usize, text: &str) -> String {
        let marker = format!("  {}. ", index + 1);
        let indent = " ".repeat(marker.len());
        for line in wrap(text, self.width, &marker, &indent) {
            self.print(line);
        }
        indent
    }

    /// Why a choice is right or not, under it, after its mark.
    fn why(&self, indent: &str, mark: &str, why: &str) {
        for line in wrap(&format!("{mark} {why}"), self.width, indent, indent) {
            self.print(line);
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
            let indent = self.choice(index, &choice.text);
            let mark = if choice.correct {
                "**Right to pick:**"
            } else {
                "**Not right:**"
            };
            self.why(&indent, mark, &choice.why);
        }
        if !right {
            let how = match question.kind {
                Kind::Single => "pick again",
                Kind::Multiple => "pick every choice that applies again",
            };
            self.print(ui::paint(BOLD, format!("Try again: {how}.")));
        }
    }

    /// Every choice with its explanation, and which the learner picked:
    /// the answer revealed at once, after a question of the room or of the
    /// concept check.
    pub fn reveal(&self, question: &Question, picked: &[usize]) {
        for (index, choice) in question.choices.iter().enumerate() {
            let indent = self.choice(index, &choice.text);
            let mark = match (choice.correct, picked.contains(&index)) {
                (true, true) => "**Right to pick** (you picked it):",
                (true, false) => "**Right to pick:**",
                (false, true) => "**Not right** (you picked it):",
                (false, false) => "**Not right:**",
            };
            self.why(&indent, mark, &choice.why);
        }
    }

    /// "Right." or "Not quite.", and nothing to try again.
    pub fn verdict(&self, right: bool) {
        if right {
            self.print(ui::paint(GOOD, "Right."));
        } else {
            self.print(ui::paint(BAD, "Not quite."));
        }
    }

    // ---- `cargo kata quiz --room` ----

    pub fn room_title(&self, server: &str) {
        self.print(ui::paint(
            BOLD,
            format!("Ask the room: the questions your instructor asks the classroom at {server}"),
        ));
        let how = if self.keys {
            "number keys or arrows and Space to pick, Enter to send"
        } else {
            "one line per question: a choice's number, or for \"pick all that apply\" every number, such as `1 3`"
        };
        self.print(ui::paint(DIM, format!("Answer with {how}.")));
    }

    pub fn room_waiting(&self, first: bool) {
        self.print("");
        let what = if first {
            "Waiting for the question your instructor asks the room"
        } else {
            "Waiting for the next question"
        };
        let stop = if self.keys { " (Ctrl-C stops)" } else { "" };
        self.print(ui::paint(DIM, format!("{what}{stop}.")));
    }

    pub fn room_question(&self, course: &Course, question: &Question, quiz: &str) {
        self.print("");
        self.print(ui::paint(
            BOLD,
            format!("Asked of the room: {quiz} ({})", kind(question)),
        ));
        self.body(course, question);
    }

    pub fn room_sent(&self) {
        self.print(ui::paint(
            NOTE,
            "Your answer is in. The explanations show when your instructor closes the question.",
        ));
    }

    /// The question was not found in this clone of the course.
    pub fn room_unknown(&self, question: &str) {
        self.print("");
        self.print(format!(
            "Your instructor asked question {question}, which this copy of the course does not \
             have (an older clone?): `git pull` brings it."
        ));
    }

    pub fn room_closed(&self, when: Closed) {
        self.print(ui::paint(
            NOTE,
            match when {
                Closed::AfterAnswer => "Your instructor closed the question.",
                Closed::BeforeAnswer => "Your instructor closed the question before you answered.",
                Closed::BeforeItArrived => {
                    "Your instructor closed the question before your answer arrived: it was not \
                     counted."
                }
            },
        ));
    }

    pub fn room_lost(&self, problem: &str) {
        self.print(ui::paint(
            DIM,
            format!("{problem}; waiting for it to answer again (Ctrl-C stops)"),
        ));
    }

    pub fn room_end(&self, answered: usize) {
        self.print("");
        let questions = if answered == 1 {
            "question"
        } else {
            "questions"
        };
        self.print(ui::paint(
            BOLD,
            format!("The room's questions stop here: you answered {answered} {questions}."),
        ));
    }

    // ---- `cargo kata quiz --concept-check` ----

    pub fn concept_title(&self, round: Round, count: usize, room: Option<&str>) {
        let place = match room {
            Some(server) => format!(" in the classroom at {server}"),
            None => " on your own".to_string(),
        };
        self.print(ui::paint(
            BOLD,
            format!(
                "Concept check, the {} round{place}: {count} questions",
                round.name()
            ),
        ));
        self.print(ui::paint(
            DIM,
            "It measures, it does not teach: no answer is marked until you have taken both \
             rounds, at the start and at the end of the course.",
        ));
        let how = if self.keys {
            "number keys or arrows and Space to pick, Enter to go on, q to stop"
        } else {
            "one line per answer: a choice's number, or for \"pick all that apply\" every number, such as `1 3`"
        };
        self.print(ui::paint(DIM, format!("Answer with {how}.")));
    }

    /// The before round is kept; the after comes at the end of the course.
    pub fn concept_before_kept(&self, finished: bool, asked: usize, count: usize, room: bool) {
        self.print("");
        if finished {
            self.print(ui::paint(BOLD, "Your before is kept."));
        } else {
            self.print(ui::paint(
                BOLD,
                format!("The concept check stops here: {asked} of {count} questions answered."),
            ));
        }
        if room {
            self.print(
                "Your instructor opens the after round at the end of the workshop; then you see \
                 both rounds, question by question, with the explanations.",
            );
        } else if finished {
            self.print(
                "Take it again at the end of the course (`cargo kata quiz --concept-check`): that \
                 is the after round, and then you see both, question by question, with the \
                 explanations.",
            );
        } else {
            self.print("`cargo kata quiz --concept-check` goes on with the questions left.");
        }
    }

    /// Per question, right or not before and after, and the shares.
    pub fn concept_summary(&self, rows: &[ConceptRow]) {
        // Padded before they are painted, so that the columns line up.
        let word = |result: Option<bool>| match result {
            Some(true) => ui::paint(GOOD, "right"),
            Some(false) => ui::paint(BAD, "wrong"),
            None => ui::paint(DIM, "-    "),
        };
        self.print("");
        self.print(ui::paint(BOLD, "Your concept check, before and after:"));
        let widest = rows.iter().map(|row| row.id.len()).max().unwrap_or(0);
        for (index, row) in rows.iter().enumerate() {
            self.print(
                format!(
                    "  {:>2}. {:<widest$}  before {}  after {}",
                    index + 1,
                    row.id,
                    word(row.before),
                    word(row.after),
                )
                .trim_end(),
            );
        }
        let share = |pick: fn(&ConceptRow) -> Option<bool>| {
            let answered = rows.iter().filter(|row| pick(row).is_some()).count();
            let right = rows.iter().filter(|row| pick(row) == Some(true)).count();
            format!("{right} of {answered}")
        };
        self.print(format!(
            "Right: {} before, {} after.",
            share(|row| row.before),
            share(|row| row.after)
        ));
    }

    /// One question's right answer and why, after both rounds.
    pub fn concept_key(&self, question: &Question, number: usize) {
        self.print("");
        self.print(ui::paint(BOLD, format!("{number}. {}", question.id)));
        for line in prompt_lines(&question.prompt, self.width, "  ") {
            self.print(line);
        }
        for (index, choice) in question.choices.iter().enumerate() {
            if !choice.correct {
                continue;
            }
            let indent = self.choice(index, &choice.text);
            self.why(&indent, "**Right to pick:**", &choice.why);
        }
    }

    /// Lines the classroom's client left, quiet and at the end.
    pub fn quiet(&self, lines: &[String]) {
        for line in lines {
            self.print(line);
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

/// "pick one" or "pick all that apply".
fn kind(question: &Question) -> &'static str {
    match question.kind {
        Kind::Single => "pick one",
        Kind::Multiple => "pick all that apply",
    }
}
