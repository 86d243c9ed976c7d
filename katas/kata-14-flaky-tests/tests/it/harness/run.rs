//! Running one scenario on a thread of its own, and catching its panic
//! without printing it: the step's report says what failed, once.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::panic;
use std::sync::{Once, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::thread;

use super::Scenario;
use super::conditions::{self, Conditions};

/// How one run of a scenario went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Passed,
    Failed(Failure),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The panic message: an assertion's message with its left and right.
    pub message: String,
    /// Where it panicked: `tests/it/scenarios/orders.rs:20:5`.
    pub location: Option<String>,
}

impl Outcome {
    pub fn passed(&self) -> bool {
        matches!(self, Outcome::Passed)
    }
}

thread_local! {
    static IN_SCENARIO: Cell<bool> = const { Cell::new(false) };
    static PANICKED_AT: RefCell<Option<String>> = const { RefCell::new(None) };
}

// ANCHOR: process_starts
/// Held for reading while a scenario runs in this process, and for writing
/// while the harness starts a process (see `alone.rs`).
///
/// Starting a process copies every open file of this one into the child,
/// sockets included, until the child has loaded its program. A scenario
/// that stops its server in that instant and starts another on the same
/// port finds the port still taken, by the child. That is a real flake of
/// fixed ports (and a reason to use port 0), but it is the harness's doing,
/// not the scenario's: so no process starts while a scenario runs here.
static PROCESS_STARTS: RwLock<()> = RwLock::new(());
// ANCHOR_END: process_starts

/// For the harness's in-process runs: no process starts until it is dropped.
pub fn no_process_starts() -> RwLockReadGuard<'static, ()> {
    PROCESS_STARTS
        .read()
        .unwrap_or_else(PoisonError::into_inner)
}

/// For starting a process: no scenario runs in this process until it is
/// dropped.
pub fn no_scenario_runs() -> RwLockWriteGuard<'static, ()> {
    PROCESS_STARTS
        .write()
        .unwrap_or_else(PoisonError::into_inner)
}

/// Runs `scenario` under `conditions` on a new thread, and waits for it.
/// A thread per run: the scenario starts with nothing left on the thread
/// by an earlier one.
pub fn on_a_new_thread(scenario: &Scenario, conditions: Conditions) -> Outcome {
    let run = scenario.run;
    thread::Builder::new()
        .name(format!("scenario {}", scenario.name))
        .spawn(move || {
            let _running = no_process_starts();
            conditions::under(conditions, || here(run))
        })
        .map_err(|error| format!("cannot start a thread for the scenario: {error}"))
        .and_then(|thread| {
            thread
                .join()
                .map_err(|_| "the harness panicked around the scenario".to_string())
        })
        .unwrap_or_else(|message| {
            Outcome::Failed(Failure {
                message,
                location: None,
            })
        })
}

/// Runs `run` on this thread, which the caller has given it alone.
pub fn here(run: fn()) -> Outcome {
    quiet_panics_in_scenarios();
    IN_SCENARIO.set(true);
    let result = panic::catch_unwind(run);
    IN_SCENARIO.set(false);
    match result {
        Ok(()) => Outcome::Passed,
        Err(payload) => Outcome::Failed(Failure {
            message: message_of(payload.as_ref()),
            location: PANICKED_AT.take(),
        }),
    }
}

/// A scenario's panic is caught and reported with the step; printing it as
/// well, for every run, would bury the report. Other panics print as usual.
fn quiet_panics_in_scenarios() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let print = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            // `try_with`: a panic can come while the thread is going away.
            if IN_SCENARIO.try_with(Cell::get).unwrap_or(false) {
                let location = info.location().map(ToString::to_string);
                let _ = PANICKED_AT.try_with(|at| at.replace(location));
            } else {
                print(info);
            }
        }));
    });
}

fn message_of(payload: &(dyn Any + Send)) -> String {
    if let Some(message) = payload.downcast_ref::<String>() {
        message.clone()
    } else if let Some(message) = payload.downcast_ref::<&str>() {
        (*message).to_string()
    } else {
        "(the scenario panicked with something that is not a message)".to_string()
    }
}
