//! What the harness saw, in words: a table of the ways it ran the step, then,
//! for each scenario that failed, the pattern of its failures and what the
//! pattern points at.
//!
//! The pattern is the clue. Which runs fail says more about a flake than any
//! one failure message:
//!
//! | alone  | one after another | at the same time | busy machine | points at                       |
//! |--------|-------------------|------------------|--------------|---------------------------------|
//! | fails  | passes            |                  |              | it needs what another leaves    |
//! | passes | fails             |                  |              | what one run leaves trips the next |
//! | passes | passes            | fails            |              | they compete for one thing      |
//! | passes | passes            | passes           | fails        | it assumes how fast things go   |
//! | passes in some runs and fails in others, whatever the way |  | something inside it varies      |
//!
//! A scenario that fails at random can fit the first two rows by chance, so
//! those are confirmed by running the scenario alone again. And a single
//! failure on a quiet machine beside failures on a busy one is read as
//! timing: a quiet machine is sometimes slow too, only more rarely.

use std::collections::BTreeSet;
use std::fmt::Write;

use super::run::Failure;
use super::{Outcome, Run, Runs, Step, Way};

/// What a scenario's failures point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    NeedsWhatOthersLeave,
    TripsOnWhatOthersLeave,
    CompetesWithOthers,
    AssumesHowFastThingsGo,
    VariesByItself,
    FailsEveryTime,
}

impl Pattern {
    fn explain(self) -> &'static str {
        match self {
            Pattern::NeedsWhatOthersLeave => {
                "fails alone, every time, and passes after the other scenarios: it needs \
                 something that another scenario leaves behind."
            }
            Pattern::TripsOnWhatOthersLeave => {
                "passes alone, every time, and fails after other scenarios or after itself: \
                 something that one run leaves behind reaches the next."
            }
            Pattern::CompetesWithOthers => {
                "passes alone and one after another, and fails only while other scenarios run \
                 at the same time: they compete for something that only one of them can have."
            }
            Pattern::AssumesHowFastThingsGo => {
                "passes on a quiet machine, and fails on a busy one: it assumes how fast \
                 something happens, or that no time passes between two things."
            }
            Pattern::VariesByItself => {
                "fails in some runs of every kind, and not the same way each time: the cause is \
                 inside the scenario, in something that can differ from one run to the next."
            }
            Pattern::FailsEveryTime => {
                "fails in every run, the same way: this is a plain failure, not a flake. Read \
                 its message."
            }
        }
    }
}

/// Passes and failures of one scenario in one kind of run.
#[derive(Default)]
struct Tally<'a> {
    passed: usize,
    failed: Vec<(Way, &'a Run)>,
}

impl Tally<'_> {
    fn all_passed(&self) -> bool {
        self.failed.is_empty()
    }

    fn all_failed(&self) -> bool {
        self.passed == 0 && !self.failed.is_empty()
    }
}

/// One scenario's runs, by kind.
#[derive(Default)]
struct Kinds<'a> {
    alone: Tally<'a>,
    in_order: Tally<'a>,
    at_once: Tally<'a>,
    busy: Tally<'a>,
}

impl<'a> Kinds<'a> {
    fn of(scenario: usize, every_way: &'a [Runs]) -> Kinds<'a> {
        let mut kinds = Kinds::default();
        for runs in every_way {
            let tally = match runs.way {
                Way::Alone | Way::AloneAgain => &mut kinds.alone,
                Way::OneAfterAnother(_) => &mut kinds.in_order,
                Way::AllAtOnce => &mut kinds.at_once,
                Way::OnABusyMachine => &mut kinds.busy,
            };
            for run in runs.runs.iter().filter(|run| run.scenario == scenario) {
                match run.outcome {
                    Outcome::Passed => tally.passed += 1,
                    Outcome::Failed(_) => tally.failed.push((runs.way, run)),
                }
            }
        }
        kinds
    }

    fn all(&self) -> [&Tally<'a>; 4] {
        [&self.alone, &self.in_order, &self.at_once, &self.busy]
    }

    /// None when every run passed; else the pattern, and the failure that
    /// shows it best.
    fn pattern(&self) -> Option<(Pattern, (Way, &'a Run))> {
        let first = |tally: &Tally<'a>| tally.failed.first().copied();
        let any = self.all().into_iter().find_map(first)?;
        let failures: Vec<&str> = self
            .all()
            .iter()
            .flat_map(|tally| &tally.failed)
            .filter_map(|(_, run)| match &run.outcome {
                Outcome::Failed(failure) => Some(failure.message.as_str()),
                Outcome::Passed => None,
            })
            .collect();
        let quiet_failures = self.in_order.failed.len() + self.at_once.failed.len();
        Some(if self.all().iter().all(|tally| tally.passed == 0) {
            let messages: BTreeSet<&str> = failures.into_iter().collect();
            if messages.len() == 1 {
                (Pattern::FailsEveryTime, any)
            } else {
                (Pattern::VariesByItself, any)
            }
        } else if self.alone.all_failed() && self.in_order.all_passed() {
            (Pattern::NeedsWhatOthersLeave, first(&self.alone)?)
        } else if self.busy.all_failed() && self.alone.all_passed() && quiet_failures <= 1 {
            (Pattern::AssumesHowFastThingsGo, first(&self.busy)?)
        } else if self.alone.all_passed() && !self.in_order.all_passed() {
            (Pattern::TripsOnWhatOthersLeave, first(&self.in_order)?)
        } else if self.alone.all_passed()
            && self.in_order.all_passed()
            && !self.at_once.all_passed()
        {
            (Pattern::CompetesWithOthers, first(&self.at_once)?)
        } else {
            (Pattern::VariesByItself, any)
        })
    }
}

/// The scenarios whose pattern so far blames the other scenarios, and that
/// have not had a second look yet.
pub fn suspects(step: &Step, every_way: &[Runs]) -> Vec<usize> {
    if every_way.iter().any(|runs| runs.way == Way::AloneAgain) {
        return Vec::new();
    }
    (0..step.scenarios.len())
        .filter(|&scenario| {
            matches!(
                Kinds::of(scenario, every_way).pattern(),
                Some((
                    Pattern::NeedsWhatOthersLeave | Pattern::TripsOnWhatOthersLeave,
                    _
                ))
            )
        })
        .collect()
}

/// The pattern of each scenario of the step that failed in some run.
pub fn patterns(step: &Step, every_way: &[Runs]) -> Vec<(&'static str, Pattern)> {
    (0..step.scenarios.len())
        .filter_map(|scenario| {
            let (pattern, _) = Kinds::of(scenario, every_way).pattern()?;
            Some((step.scenarios[scenario].name, pattern))
        })
        .collect()
}

/// The report of a step with failures, or None if every run passed.
pub fn report(step: &Step, every_way: &[Runs]) -> Option<String> {
    let failing: Vec<(usize, Pattern, (Way, &Run))> = (0..step.scenarios.len())
        .filter_map(|scenario| {
            let (pattern, shown) = Kinds::of(scenario, every_way).pattern()?;
            Some((scenario, pattern, shown))
        })
        .collect();
    if failing.is_empty() {
        return None;
    }

    let mut report = format!(
        "kata 14, step {} ({}): {} of its {} scenarios {} in some runs \
         (tests/it/scenarios/{}).\n\nThe harness ran each scenario ten times:\n",
        step.number,
        step.title,
        failing.len(),
        step.scenarios.len(),
        if failing.len() == 1 { "fails" } else { "fail" },
        step.file,
    );
    for runs in every_way {
        let failed = runs.runs.iter().filter(|run| !run.outcome.passed()).count();
        let result = match failed {
            0 => format!("ok ({} runs)", runs.runs.len()),
            _ => format!("{failed} of {} runs failed", runs.runs.len()),
        };
        let _ = writeln!(report, "  {:<54} {result}", runs.way.describe());
    }
    for (scenario, pattern, (way, run)) in failing {
        let name = step.scenarios[scenario].name;
        let _ = write!(
            report,
            "\n{name}\n  {}\n  It failed {}",
            pattern.explain(),
            way.describe()
        );
        if let Some(before) = run.after {
            let _ = write!(report, ", after {}", step.scenarios[before].name);
        }
        report.push_str(":\n");
        if let Outcome::Failed(Failure { message, location }) = &run.outcome {
            for line in message.lines() {
                let _ = writeln!(report, "    {line}");
            }
            if let Some(location) = location {
                let _ = writeln!(report, "    at {location}");
            }
        }
    }
    let _ = write!(
        report,
        "\nMake every scenario pass in every one of these runs, without changing its \
         assertions: change the setup around them, tests/it/fixtures.rs, or the shop in \
         src/.\n`cargo test -p kata-14 step_{}` runs this step alone. The kata's README says how \
         to read this report, and the chapter's \"Hunting a flake\" what each pattern points \
         at.\n",
        step.number
    );
    Some(report)
}
