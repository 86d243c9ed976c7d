//! `cargo kata list`: every kata with its status, kind, time and chapter.

use anyhow::Result;

use crate::course::Course;
use crate::files;
use crate::progress::Progress;
use crate::starters;

pub fn run(course: &Course) -> Result<()> {
    let progress = Progress::load(course);
    println!(
        "{:<4} {:<8} {:<16} {:>5}  title (chapter)",
        "kata", "status", "kind", "time"
    );
    for kata in &course.katas {
        let status = match files::read_tree(&course.kata_dir(kata), &[]) {
            Err(_) => "missing",
            Ok(tree) if progress.is_done(kata, &tree) => "done",
            Ok(_) => match starters::changes(course, kata, &course.kata_dir(kata)) {
                Ok(changed) if changed.is_empty() => "new",
                Ok(_) => "started",
                Err(_) => "?",
            },
        };
        println!(
            "{:<4} {:<8} {:<16} {:>3}m  {} (book/{})",
            kata.id,
            status,
            kata.kind.to_string(),
            kata.minutes,
            kata.title,
            kata.chapter
        );
    }
    println!("\nRun `cargo kata check NN` to check a kata, `cargo kata hint NN` when stuck.");
    Ok(())
}
