//! Chapter 14's examples: six flaky tests, on other parts of the shop than
//! the kata's, each beside its fix. Given, and not part of the exercise.
//!
//! `flaky/` holds each test as first written, with the shop's code it
//! tests; `fixed/` holds the same tests once their flake is removed. The
//! chapter shows them, and the test below runs all of them through the
//! kata's harness, so that what the chapter says about them stays true:
//! each flaky test shows the pattern the chapter gives it, and each fixed
//! test passes in every run.

mod doubles;
mod fixed;
mod flaky;

use crate::harness::verdict::{self, Pattern};
use crate::harness::{Scenario, Step, Way, observe};

/// `example!(flaky, basket, name)` names `chapter::flaky::basket::name`.
macro_rules! example {
    ($version:ident, $file:ident, $name:ident) => {
        Scenario {
            name: concat!(
                stringify!($version),
                "::",
                stringify!($file),
                "::",
                stringify!($name)
            ),
            run: $version::$file::$name,
        }
    };
}

/// Every example, flaky and fixed, in one step: each way of running it
/// runs them all. Not one of the kata's steps: number 99 keeps it apart.
pub const STEP: Step = Step {
    number: 99,
    title: "the chapter's examples",
    file: "(none)",
    source: "",
    scenarios: &[
        example!(flaky, basket, lines_come_in_the_order_they_were_added),
        example!(flaky, basket, the_basket_knows_which_skus_it_holds),
        example!(flaky, search, a_new_product_can_be_found),
        example!(flaky, delivery, a_parcel_arrives_the_next_day),
        example!(flaky, imports, an_import_reads_every_line),
        example!(flaky, rates, a_price_is_shown_in_euros),
        example!(flaky, rates, a_sale_price_is_shown_in_euros_too),
        // The price list's loader runs before the lookup, "as written":
        // that is how the lookup came to pass at first.
        example!(flaky, prices, loading_the_price_list_reads_every_line),
        example!(flaky, prices, a_price_can_be_looked_up),
        example!(fixed, basket, lines_come_in_the_order_they_were_added),
        example!(fixed, basket, the_basket_knows_which_skus_it_holds),
        example!(fixed, search, a_new_product_can_be_found),
        example!(fixed, delivery, a_parcel_arrives_the_next_day),
        example!(fixed, imports, an_import_reads_every_line),
        example!(fixed, rates, a_price_is_shown_in_euros),
        example!(fixed, rates, a_sale_price_is_shown_in_euros_too),
        example!(fixed, prices, loading_the_price_list_reads_every_line),
        example!(fixed, prices, a_price_can_be_looked_up),
    ],
};

/// The two flakes that assume how fast things go. On a quiet machine they
/// pass nearly always, which is their nature and can't be promised; on the
/// harness's busy machine they fail every time, and that is checked.
const TIMING: [&str; 2] = [
    "flaky::search::a_new_product_can_be_found",
    "flaky::delivery::a_parcel_arrives_the_next_day",
];

#[test]
fn each_flaky_example_shows_its_pattern_and_each_fix_passes() {
    let runs = observe(&STEP);
    let report = verdict::report(&STEP, &runs).unwrap_or_default();

    let patterns = verdict::patterns(&STEP, &runs);
    let untimed: Vec<(&str, Pattern)> = patterns
        .iter()
        .copied()
        .filter(|(name, _)| !TIMING.contains(name))
        .collect();
    assert_eq!(
        untimed,
        [
            (
                "flaky::basket::lines_come_in_the_order_they_were_added",
                Pattern::VariesByItself
            ),
            (
                "flaky::basket::the_basket_knows_which_skus_it_holds",
                Pattern::VariesByItself
            ),
            (
                "flaky::imports::an_import_reads_every_line",
                Pattern::CompetesWithOthers
            ),
            (
                "flaky::rates::a_sale_price_is_shown_in_euros_too",
                Pattern::TripsOnWhatOthersLeave
            ),
            (
                "flaky::prices::a_price_can_be_looked_up",
                Pattern::NeedsWhatOthersLeave
            ),
        ],
        "\nThe chapter's flaky examples (and only they) should fail, each with the pattern the \
         chapter gives it. The harness's report:\n{report}"
    );

    for name in TIMING {
        let scenario = STEP
            .scenarios
            .iter()
            .position(|scenario| scenario.name == name)
            .expect("a timing example is in the step");
        let mut busy = runs
            .iter()
            .filter(|runs| runs.way == Way::OnABusyMachine)
            .flat_map(|runs| &runs.runs)
            .filter(|run| run.scenario == scenario)
            .peekable();
        assert!(busy.peek().is_some(), "{name} ran on a busy machine");
        assert!(
            busy.all(|run| !run.outcome.passed()),
            "\n{name} should fail on a busy machine, every time. The harness's report:\n{report}"
        );
        let quiet_failures = runs
            .iter()
            .filter(|runs| runs.way != Way::OnABusyMachine)
            .flat_map(|runs| &runs.runs)
            .filter(|run| run.scenario == scenario && !run.outcome.passed())
            .count();
        if quiet_failures == 0 {
            let pattern = patterns.iter().find(|(failing, _)| *failing == name);
            assert_eq!(
                pattern,
                Some(&(name, Pattern::AssumesHowFastThingsGo)),
                "\n{name} passed on a quiet machine and failed on a busy one. The harness's \
                 report:\n{report}"
            );
        }
    }
}
