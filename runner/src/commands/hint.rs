//! `cargo kata hint NN`: the next hint, from a nudge to nearly the answer.

use anyhow::Result;

use crate::course::Course;
use crate::progress::Progress;

pub fn run(course: &Course, id: &str) -> Result<()> {
    let kata = course.find(id)?;
    let mut progress = Progress::load(course);
    let total = kata.hints.len();
    let level = (progress.hints_shown(kata) + 1).min(total);
    // Show every level up to the new one, so that a hint is read in context.
    for (index, hint) in kata.hints.iter().enumerate().take(level) {
        println!(
            "hint {} of {total} for kata {}:\n{}\n",
            index + 1,
            kata.id,
            hint.trim_end()
        );
    }
    if level < total {
        println!("(run `cargo kata hint {}` again for the next one)", kata.id);
    } else {
        println!(
            "(that was the last hint; the chapter is book/{})",
            kata.chapter
        );
    }
    progress.set_hints_shown(kata, level);
    progress.save()
}
