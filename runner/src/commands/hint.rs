//! `cargo kata hint [NN] [--all]`: the next hint of a kata (the current one
//! when no id is given, as for `check` and `watch`), from a nudge to nearly
//! the answer; one new level each time, and with `--all` every level seen so
//! far.

use anyhow::Result;

use crate::course::{Course, Kata};
use crate::learner_state::LearnerState;
use crate::ui::{self, BOLD, DIM};
use crate::verdict::Verdict;

pub fn run(course: &Course, id: Option<&str>, all: bool) -> Result<Verdict> {
    let mut state = LearnerState::load(course)?;
    let kata = state.named_or_current(course, id)?;
    let lines = if all {
        seen_hints(kata, &state)
    } else {
        next_hint(kata, &mut state)
    };
    for line in lines {
        anstream::println!("{line}");
    }
    state.save(course)?;
    Ok(Verdict::Done)
}

/// Shows the next level, only that one, and remembers it; once every level
/// was seen, the last one again.
pub fn next_hint(kata: &Kata, state: &mut LearnerState) -> Vec<String> {
    let total = kata.hints.len();
    let level = (state.hints_shown(kata) + 1).min(total);
    state.set_hints_shown(kata, level);
    let mut lines = level_lines(kata, level);
    let all = format!("`cargo kata hint {} --all`", kata.id);
    lines.push(ui::paint(
        DIM,
        match level {
            1 if total == 1 => format!(
                "(that is the only hint; the chapter is book/{})",
                kata.chapter
            ),
            _ if level == total => format!(
                "(that was the last hint; {all} shows all {total}; the chapter is book/{})",
                kata.chapter
            ),
            1 => format!(
                "(ask again for the next one: `cargo kata hint {}`)",
                kata.id
            ),
            _ => format!(
                "(ask again for the next one: `cargo kata hint {}`; {all} shows the ones before)",
                kata.id
            ),
        },
    ));
    lines
}

/// Every level the learner has seen, in order.
fn seen_hints(kata: &Kata, state: &LearnerState) -> Vec<String> {
    let seen = state.hints_shown(kata).min(kata.hints.len());
    if seen == 0 {
        return vec![format!(
            "no hint seen yet for kata {}: `cargo kata hint {}` shows the first",
            kata.id, kata.id
        )];
    }
    let mut lines = Vec::new();
    for level in 1..=seen {
        lines.extend(level_lines(kata, level));
    }
    lines.push(ui::paint(
        DIM,
        if seen < kata.hints.len() {
            format!(
                "({seen} of {} seen; `cargo kata hint {}` shows the next one)",
                kata.hints.len(),
                kata.id
            )
        } else {
            format!("(every hint; the chapter is book/{})", kata.chapter)
        },
    ));
    lines
}

/// `hint 2 of 3 for kata 01:`, then the hint, then a blank line.
fn level_lines(kata: &Kata, level: usize) -> Vec<String> {
    let mut lines = vec![ui::paint(
        BOLD,
        format!("hint {level} of {} for kata {}:", kata.hints.len(), kata.id),
    )];
    if let Some(hint) = kata.hints.get(level.saturating_sub(1)) {
        lines.extend(hint.trim().lines().map(str::to_string));
    }
    lines.push(String::new());
    lines
}
