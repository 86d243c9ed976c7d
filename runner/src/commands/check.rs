//! `cargo kata check [NN]`: run a kata's tests as the learner left them, say
//! what fails in plain words, run the mutants of a write-the-tests kata, and
//! suggest the next step.

use anyhow::Result;

use crate::check_screen::{self, Situation};
use crate::classroom;
use crate::course::{Course, Kata};
use crate::evaluate::{self, Evaluation};
use crate::learner_state::LearnerState;
use crate::ui::{self, BOLD, NOTE};
use crate::verdict::Verdict;

/// Returns whether the kata is done.
pub fn run(course: &Course, id: Option<&str>) -> Result<Verdict> {
    let mut state = LearnerState::load(course)?;
    let kata = state.named_or_current(course, id)?;
    anstream::println!("{}", title(kata));
    let evaluation = evaluate::evaluate(course, kata, &mut |step| {
        anstream::eprintln!("{}", ui::status(NOTE, "Running", step));
    })?;
    let done = evaluation.is_done();
    for line in record_and_render(course, &mut state, kata, &evaluation)? {
        anstream::println!("{line}");
    }
    Ok(Verdict::from_done(done))
}

pub fn title(kata: &Kata) -> String {
    ui::paint(
        BOLD,
        format!(
            "kata {} · {} ({}, about {} min)",
            kata.id, kata.title, kata.kind, kata.minutes
        ),
    )
}

/// Saves what the check found, reports it to the classroom if the learner
/// joined one (in the background), and says it: `check` and `watch` both
/// end a check here.
pub fn record_and_render(
    course: &Course,
    state: &mut LearnerState,
    kata: &Kata,
    evaluation: &Evaluation,
) -> Result<Vec<String>> {
    state.record_check(course, kata, &evaluation.files, evaluation.is_done());
    state.save(course)?;
    let situation = Situation {
        next: state.next_after(course, kata),
        hints_left: state.hints_left(kata),
    };
    let mut lines = check_screen::render(kata, evaluation, &situation);
    lines.extend(classroom::client::after_check(course, kata, evaluation));
    Ok(lines)
}
