//! `cargo kata list`: every kata with its status, kind, estimated time and
//! chapter, the current one marked.

use anyhow::Result;

use crate::course::Course;
use crate::progress::Progress;
use crate::status::{self, Status};
use crate::ui::{self, BAD, BOLD, DIM, GOOD, WARN};

pub fn run(course: &Course) -> Result<()> {
    let mut progress = Progress::load(course);
    status::rebuild_if_lost(course, &mut progress)?;
    for line in lines(course, &progress)? {
        anstream::println!("{line}");
    }
    Ok(())
}

/// The table, and a line on what comes next.
pub fn lines(course: &Course, progress: &Progress) -> Result<Vec<String>> {
    let current = status::current(course, progress)?;
    let mut lines = vec![ui::paint(
        BOLD,
        format!(
            "  {:<4} {:<8} {:<16} {:>5}  chapter",
            "kata", "status", "kind", "time"
        ),
    )];
    let mut done = 0;
    for kata in &course.katas {
        let status = status::of(course, kata, progress);
        done += usize::from(status == Status::Done);
        let style = match status {
            Status::Done => GOOD,
            Status::Started => WARN,
            Status::Missing => BAD,
            Status::New => DIM,
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
