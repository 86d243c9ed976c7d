//! The harness's own test: a harness that never sees a flake would let every
//! step pass. So it is run on two scenarios whose outcome is known: one that
//! leaves state behind for the next run, and one that does not.

use std::sync::atomic::{AtomicU32, Ordering};

use super::{Scenario, Step, observe, verdict};

/// Not one of the learner's steps: number 0 keeps it apart.
pub const STEP: Step = Step {
    number: 0,
    title: "the harness's own check",
    file: "(none)",
    source: "",
    scenarios: &[
        Scenario {
            name: "counts_visits_in_a_static",
            run: counts_visits_in_a_static,
        },
        Scenario {
            name: "keeps_to_itself",
            run: keeps_to_itself,
        },
    ],
};

static VISITS: AtomicU32 = AtomicU32::new(0);

/// Passes on the first run in a process, and fails on every later one.
fn counts_visits_in_a_static() {
    let earlier = VISITS.fetch_add(1, Ordering::SeqCst);
    assert_eq!(earlier, 0, "nobody ran this before, in this process");
}

fn keeps_to_itself() {
    let mut visits = 0;
    visits += 1;
    assert_eq!(visits, 1);
}

#[test]
fn the_harness_tells_state_left_behind_from_a_clean_scenario() {
    let runs = observe(&STEP);

    assert_eq!(
        verdict::patterns(&STEP, &runs),
        [(
            "counts_visits_in_a_static",
            verdict::Pattern::TripsOnWhatOthersLeave
        )],
        "the harness must find the scenario that leaves a static behind, and only that one"
    );
    assert!(
        verdict::report(&STEP, &runs).is_some(),
        "a step with a failing scenario has a report"
    );
}
