//! `cargo kata check [NN]`: run a kata's tests as the learner left them, say
//! what fails in plain words, run the mutants of a write-the-tests kata, and
//! suggest the next step.

use anyhow::Result;

use crate::course::Course;
use crate::evaluate;
use crate::progress::Progress;
use crate::status;
use crate::ui::{self, BOLD, NOTE};

/// Returns whether the kata is done.
pub fn run(course: &Course, id: Option<&str>) -> Result<bool> {
    let mut progress = Progress::load(course);
    let kata = match id {
        Some(id) => course.find(id)?,
        None => {
            status::rebuild_if_lost(course, &mut progress)?;
            status::current(course, &progress)?
        }
    };
    anstream::println!(
        "{}",
        ui::paint(
            BOLD,
            format!(
                "kata {} · {} ({}, about {} min)",
                kata.id, kata.title, kata.kind, kata.minutes
            )
        )
    );
    let outcome = evaluate::evaluate(course, kata, &mut |step| {
        anstream::eprintln!("{}", ui::status(NOTE, "Running", step));
    })?;
    for line in evaluate::render(course, kata, &outcome) {
        anstream::println!("{line}");
    }
    progress.record_check(course, kata, &outcome.files, outcome.is_done());
    progress.save()?;
    Ok(outcome.is_done())
}
