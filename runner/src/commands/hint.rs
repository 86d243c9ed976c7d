//! `cargo kata hint NN`: the next hint, from a nudge to nearly the answer.

use anyhow::Result;

use crate::course::{Course, Kata};
use crate::learner_state::LearnerState;
use crate::ui::{self, BOLD, DIM};
use crate::verdict::Verdict;

pub fn run(course: &Course, id: &str) -> Result<Verdict> {
    let kata = course.find(id)?;
    let mut state = LearnerState::load(course)?;
    for line in next_hint(kata, &mut state) {
        anstream::println!("{line}");
    }
    state.save(course)?;
    Ok(Verdict::Done)
}

/// Shows one more level than last time (every level up to it, so that a hint
/// reads in context), and remembers it.
pub fn next_hint(kata: &Kata, state: &mut LearnerState) -> Vec<String> {
    let total = kata.hints.len();
    let level = (state.hints_shown(kata) + 1).min(total);
    let mut lines = Vec::new();
    for (index, hint) in kata.hints.iter().enumerate().take(level) {
        lines.push(ui::paint(
            BOLD,
            format!("hint {} of {total} for kata {}:", index + 1, kata.id),
        ));
        lines.extend(hint.trim().lines().map(str::to_string));
        lines.push(String::new());
    }
    lines.push(ui::paint(
        DIM,
        if level < total {
            format!(
                "(ask again for the next one: `cargo kata hint {}`)",
                kata.id
            )
        } else {
            format!(
                "(that was the last hint; the chapter is book/{})",
                kata.chapter
            )
        },
    ));
    state.set_hints_shown(kata, level);
    lines
}
