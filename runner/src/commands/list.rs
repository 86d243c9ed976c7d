//! `cargo kata list`: every kata with its status, kind, estimated time and
//! chapter, the current one marked.

use anyhow::Result;

use crate::course::Course;
use crate::learner_state::{LearnerState, LearnerStatus};
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
    let mut lines = vec![ui::paint(
        BOLD,
        format!(
            "  {:<4} {:<8} {:<16} {:>5}  chapter",
            "kata", "status", "kind", "time"
        ),
    )];
    let mut done = 0;
    for kata in &course.katas {
        let status = state.read_status(course, kata);
        done += usize::from(status == LearnerStatus::Done);
        let style = match status {
            LearnerStatus::Done => GOOD,
            LearnerStatus::Started => WARN,
            LearnerStatus::Missing => BAD,
            LearnerStatus::New => DIM,
        };
        let marker = if kata.id == current.id { ">" } else { " " };
        lines.push(format!(
            "{marker} {:<4} {} {:<16} {:>3} m  {} (book/{})",
            kata.id,
            ui::paint(style, format!("{:<8}", status.label())),
            kata.kind.to_string(),
            kata.minutes,
            kata.title,
            kata.chapter
        ));
    }
    lines.push(String::new());
    lines.push(format!(
        "{done} of {} done. `cargo kata` goes on with kata {} (marked >); `cargo kata hint NN` when stuck.",
        course.katas.len(),
        current.id
    ));
    Ok(lines)
}
