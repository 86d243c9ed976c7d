//! The harness: it runs a step's scenarios in every way that makes a flaky
//! test show, every time, and says what it saw.
//!
//! A flaky test fails now and then, which makes it hard to fix: you never
//! know whether it is fixed or only quiet today. So the harness does not
//! wait for bad luck. It runs each scenario ten times, in seven ways (see
//! [`WAYS`]), each chosen to bring out one kind of flake:
//!
//! - alone, each in a process of its own: nothing left over by others;
//! - one after another in this process, in three orders: what one run
//!   leaves behind reaches the next;
//! - all at the same time, meeting at their first request: they compete;
//! - on a busy machine: background work is as late as it can be.
//!
//! It then sorts each flaky scenario by the pattern of its failures (see
//! `verdict.rs`). The same seven ways run for every step: the harness does
//! not know which flake hides where.

mod alone;
mod canary;
pub mod conditions;
mod run;
mod shuffle;
pub mod verdict;

use std::sync::{Arc, Barrier};
use std::thread;

use conditions::{Conditions, Gate, Meeting};
pub use run::Outcome;

/// A scenario: a test written as a plain function, for the harness to call.
pub struct Scenario {
    pub name: &'static str,
    pub run: fn(),
}

/// `scenario!(orders, placing_an_order_sends_a_confirmation)` names the
/// function `crate::scenarios::orders::placing_an_order_sends_a_confirmation`.
macro_rules! scenario {
    ($file:ident, $name:ident) => {
        $crate::harness::Scenario {
            name: stringify!($name),
            run: $crate::scenarios::$file::$name,
        }
    };
}
pub(crate) use scenario;

/// One step of the kata: the scenarios of one file.
pub struct Step {
    pub number: u32,
    pub title: &'static str,
    /// The file under `tests/it/scenarios/`.
    pub file: &'static str,
    /// Its text, as compiled: what the guard reads.
    pub source: &'static str,
    pub scenarios: &'static [Scenario],
}

/// One way of running a step's scenarios.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Way {
    /// Each scenario once, in a test process of its own, one at a time.
    Alone,
    /// In this process, one at a time.
    OneAfterAnother(Order),
    /// Each scenario twice, all on threads of their own at the same time.
    AllAtOnce,
    /// Each scenario once, one at a time, with background work held back.
    OnABusyMachine,
    /// A second look at scenarios that seemed to depend on what others do:
    /// each of them [`SECOND_LOOK`] more times alone.
    AloneAgain,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Each once, in the order of the file.
    AsWritten,
    /// Each once, last first.
    Reversed,
    /// Each twice, in the order that the seed gives.
    Shuffled { seed: u64 },
}

/// How many more times a scenario runs alone when its failures seem to
/// depend on the other scenarios: a scenario that fails at random can look
/// like that by chance, and fails or passes alone too if it is run again.
pub const SECOND_LOOK: usize = 4;

// ANCHOR: ways
/// Every way the harness runs each step, in this order. Alone comes first:
/// nothing that this process does later can reach those runs.
pub const WAYS: [Way; 7] = [
    Way::Alone,
    Way::OneAfterAnother(Order::AsWritten),
    Way::OneAfterAnother(Order::Reversed),
    Way::OneAfterAnother(Order::Shuffled { seed: 14 }),
    Way::OneAfterAnother(Order::Shuffled { seed: 1_414 }),
    Way::AllAtOnce,
    Way::OnABusyMachine,
];
// ANCHOR_END: ways

impl Way {
    pub fn describe(self) -> String {
        match self {
            Way::Alone => "alone, each in a process of its own".to_string(),
            Way::OneAfterAnother(Order::AsWritten) => "one after another, as written".to_string(),
            Way::OneAfterAnother(Order::Reversed) => "one after another, last first".to_string(),
            Way::OneAfterAnother(Order::Shuffled { seed }) => {
                format!("one after another, twice each, shuffled (seed {seed})")
            }
            Way::AllAtOnce => "all at the same time, twice each".to_string(),
            Way::OnABusyMachine => "one after another, on a busy machine".to_string(),
            Way::AloneAgain => format!("then the suspects alone again, {SECOND_LOOK} times each"),
        }
    }
}

/// One run of one scenario.
#[derive(Debug, Clone)]
pub struct Run {
    /// The scenario's index in its step.
    pub scenario: usize,
    /// The scenario that ran just before it in this process, if any.
    pub after: Option<usize>,
    pub outcome: Outcome,
}

/// Everything that happened in one way of running a step.
#[derive(Debug, Clone)]
pub struct Runs {
    pub way: Way,
    pub runs: Vec<Run>,
}

/// The test of a step: its assertions are as given, and its scenarios pass
/// in every way. Panics with the report otherwise.
pub fn check(step: &Step) {
    if let Err(report) = crate::guard::check(step) {
        panic!("{report}");
    }
    let runs = observe(step);
    if let Some(report) = verdict::report(step, &runs) {
        panic!("{report}");
    }
}

/// Runs the step's scenarios in each of the [`WAYS`], then takes a second
/// look at the suspects (see [`Way::AloneAgain`]).
pub fn observe(step: &Step) -> Vec<Runs> {
    let mut runs: Vec<Runs> = WAYS
        .iter()
        .map(|&way| Runs {
            way,
            runs: run_one_way(step, way),
        })
        .collect();
    let suspects = verdict::suspects(step, &runs);
    if !suspects.is_empty() {
        runs.push(Runs {
            way: Way::AloneAgain,
            runs: alone_again(step, &suspects),
        });
    }
    runs
}

fn run_one_way(step: &Step, way: Way) -> Vec<Run> {
    let count = step.scenarios.len();
    match way {
        Way::Alone => alone_each(step, 0..count),
        // Only for suspects, once every way has run: see `observe`.
        Way::AloneAgain => Vec::new(),
        Way::OneAfterAnother(order) => {
            one_after_another(step, &arrange(order, count), Conditions::default)
        }
        Way::AllAtOnce => all_at_once(step, &twice_each(count)),
        Way::OnABusyMachine => {
            let busy = || Conditions {
                busy: Some(Arc::new(Gate::closed())),
                meeting: None,
            };
            one_after_another(step, &arrange(Order::AsWritten, count), busy)
        }
    }
}

/// Each of `scenarios` in a process of its own, one at a time.
fn alone_each(step: &Step, scenarios: impl IntoIterator<Item = usize>) -> Vec<Run> {
    scenarios
        .into_iter()
        .map(|scenario| Run {
            scenario,
            after: None,
            outcome: alone::in_a_process_of_its_own(step, &step.scenarios[scenario]),
        })
        .collect()
}

fn alone_again(step: &Step, suspects: &[usize]) -> Vec<Run> {
    let again = suspects
        .iter()
        .flat_map(|&scenario| std::iter::repeat_n(scenario, SECOND_LOOK));
    alone_each(step, again)
}

fn arrange(order: Order, count: usize) -> Vec<usize> {
    match order {
        Order::AsWritten => (0..count).collect(),
        Order::Reversed => (0..count).rev().collect(),
        Order::Shuffled { seed } => shuffle::shuffled(twice_each(count), seed),
    }
}

fn twice_each(count: usize) -> Vec<usize> {
    (0..count).chain(0..count).collect()
}

fn one_after_another(
    step: &Step,
    order: &[usize],
    conditions: impl Fn() -> Conditions,
) -> Vec<Run> {
    let mut after = None;
    order
        .iter()
        .map(|&scenario| {
            let outcome = run::on_a_new_thread(&step.scenarios[scenario], conditions());
            let run = Run {
                scenario,
                after,
                outcome,
            };
            after = Some(scenario);
            run
        })
        .collect()
}

/// Every scenario in `order` on a thread of its own, released together by a
/// barrier. They meet again at their first HTTP request (see
/// `conditions::meet_the_others`), so that what each set up before it
/// exists at the same moment for all of them.
fn all_at_once(step: &Step, order: &[usize]) -> Vec<Run> {
    let start = Barrier::new(order.len());
    let meeting = Arc::new(Meeting::of(order.len()));
    // Taken here once, for all of them: a process that wants to start waits
    // for the whole run, and never between two of its threads.
    let _running = run::no_process_starts();
    thread::scope(|scope| {
        let threads: Vec<_> = order
            .iter()
            .map(|&scenario| {
                let (start, meeting) = (&start, Arc::clone(&meeting));
                let run = step.scenarios[scenario].run;
                let thread = thread::Builder::new()
                    .name(format!("scenario {}", step.scenarios[scenario].name))
                    .spawn_scoped(scope, move || {
                        start.wait();
                        let conditions = Conditions {
                            busy: None,
                            meeting: Some(meeting),
                        };
                        conditions::under(conditions, || run::here(run))
                    })
                    .expect("cannot start a thread for a scenario");
                (scenario, thread)
            })
            .collect();
        threads
            .into_iter()
            .map(|(scenario, thread)| Run {
                scenario,
                after: None,
                outcome: thread
                    .join()
                    .expect("run::here catches the scenario's panic"),
            })
            .collect()
    })
}

/// The scenario that `wanted` names, `1/placing_an_order_sends_a_confirmation`:
/// for the helper that runs one scenario alone.
fn find(wanted: &str) -> Option<&'static Scenario> {
    let (number, name) = wanted.split_once('/')?;
    let number: u32 = number.parse().ok()?;
    crate::STEPS
        .iter()
        .copied()
        .chain([&canary::STEP, &crate::chapter::STEP])
        .find(|step| step.number == number)?
        .scenarios
        .iter()
        .find(|scenario| scenario.name == name)
}
