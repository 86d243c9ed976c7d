//! `cargo kata list`: every kata with its status, kind, estimated time and
//! chapter, the current one marked; and for each chapter with a quiz, how
//! many of its questions the learner got right the first time.

use anyhow::Result;

use crate::course::{self, Course};
use crate::learner_state::{LearnerState, LearnerStatus};
use crate::quiz::{self, Quiz, Quizzes};
use crate::ui::{self, BAD, BOLD, DIM, GOOD, WARN};
use crate::verdict::Verdict;

pub fn run(course: &Course) -> Result<Verdict> {
    let mut state = LearnerState::load(course)?;
    state.rebuild_if_lost(course)?;
    for line in lines(course, &state)? {
        anstream::println!("{line}");
    }
    Ok(Verdict::Done)
}

/// The table, and a line on what comes next.
pub fn lines(course: &Course, state: &LearnerState) -> Result<Vec<String>> {
    let current = state.current(course)?;
    // A quiz file that cannot be read costs its column, never the list.
    let quizzes = Quizzes::load(course).unwrap_or_default();
    let mut lines = vec![ui::paint(
        BOLD,
        format!(
            "  {:<4} {:<8} {:<16} {:>5}  {:>5}  chapter",
            "kata", "status", "kind", "time", "quiz"
        ),
    )];
    // Chapters without a kata, each listed before the first kata whose
    // chapter comes after it.
    let mut plain_chapters: Vec<quiz::Chapter> = quiz::chapters(course)
        .into_iter()
        .filter(|chapter| chapter.kata.is_none())
        .collect();
    let mut done = 0;
    for kata in &course.katas {
        let number = course::chapter_number(&kata.chapter);
        while let Some(chapter) = plain_chapters.first()
            && number.as_ref().is_some_and(|n| chapter.number < *n)
        {
            lines.push(chapter_line(chapter, &quizzes, state));
            plain_chapters.remove(0);
        }
        let status = state.read_status(course, kata);
        done += usize::from(status == LearnerStatus::Done);
        let style = match status {
            LearnerStatus::Done => GOOD,
            LearnerStatus::Started => WARN,
            LearnerStatus::Missing => BAD,
            LearnerStatus::New => DIM,
        };
        let marker = if kata.id == current.id { ">" } else { " " };
        let quiz = number.and_then(|n| quizzes.of_chapter(&n));
        lines.push(format!(
            "{marker} {:<4} {} {:<16} {:>3} m  {:>5}  {} (book/{})",
            kata.id,
            ui::paint(style, format!("{:<8}", status.label())),
            kata.kind.to_string(),
            kata.minutes,
            quiz_cell(quiz, state),
            kata.title,
            kata.chapter
        ));
    }
    for chapter in &plain_chapters {
        lines.push(chapter_line(chapter, &quizzes, state));
    }
    lines.push(String::new());
    lines.push(format!(
        "{done} of {} done. `cargo kata` goes on with kata {} (marked >); `cargo kata hint NN` when stuck.",
        course.katas.len(),
        current.id
    ));
    if !quizzes.quizzes.is_empty() {
        lines.push(
            "quiz: the questions you got right the first time, of the chapter's \
             (`cargo kata quiz NN` asks them; - for none answered yet)."
                .to_string(),
        );
    }
    Ok(lines)
}

/// A chapter without a kata: its reading time and its quiz.
fn chapter_line(chapter: &quiz::Chapter, quizzes: &Quizzes, state: &LearnerState) -> String {
    format!(
        "  {:<4} {:<8} {:<16} {:>3} m  {:>5}  {} (book/{})",
        "",
        "",
        "chapter only",
        chapter.reading.unwrap_or(0),
        quiz_cell(quizzes.of_chapter(&chapter.number), state),
        chapter.title,
        chapter.file
    )
}

/// `3/5`: right the first time, of the quiz's questions; `-/5` when none
/// is answered yet; nothing for a chapter without a quiz.
fn quiz_cell(quiz: Option<&Quiz>, state: &LearnerState) -> String {
    let Some(quiz) = quiz else {
        return String::new();
    };
    let ids = quiz.questions.iter().map(|q| q.id.as_str());
    let count = quiz.questions.len();
    match state.quiz_results(&quiz.number, ids) {
        (0, _) => format!("-/{count}"),
        (_, right) => format!("{right}/{count}"),
    }
}
