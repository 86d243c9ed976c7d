//! "Alone": one scenario in a test process of its own, as `cargo nextest`
//! runs every test. Nothing that another scenario did in memory can reach
//! it there, for better (no state left behind) or worse (no state it relied
//! on either).
//!
//! The harness runs this test binary again, with only the helper test below
//! in it, and an environment variable that names the scenario. The helper
//! runs the scenario and prints how it went on lines of its own.

use std::env;
use std::io::{self, Write};
use std::process::{Command, Stdio};

use super::conditions::Conditions;
use super::run::{self, Failure, Outcome};
use super::{Scenario, Step};

/// Names the scenario for the helper: `1/placing_an_order_sends_a_confirmation`.
const SCENARIO_VARIABLE: &str = "KATA_14_SCENARIO";
/// The helper's full name in this test binary.
const HELPER: &str = "harness::alone::one_scenario_in_a_process_of_its_own";
/// How the helper's lines start, to tell them from libtest's own.
const PASSED: &str = "kata-14 scenario passed";
const FAILED: &str = "kata-14 scenario failed";
const MESSAGE: &str = "kata-14 message: ";
const LOCATION: &str = "kata-14 location: ";

/// Runs `scenario` in a new process of this test binary, and waits for it.
pub fn in_a_process_of_its_own(step: &Step, scenario: &Scenario) -> Outcome {
    let this_binary = match env::current_exe() {
        Ok(path) => path,
        Err(error) => return failed(format!("cannot find this test binary: {error}")),
    };
    // ANCHOR: alone
    let mut command = Command::new(this_binary);
    command
        .args([HELPER, "--exact", "--ignored", "--test-threads=1"])
        .env(
            SCENARIO_VARIABLE,
            format!("{}/{}", step.number, scenario.name),
        )
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // See `run::PROCESS_STARTS`: `spawn` returns once the child runs its
    // own program, and holds no copy of this process's sockets any more.
    let child = {
        let _starting = run::no_scenario_runs();
        command.spawn()
    };
    // ANCHOR_END: alone
    let output = match child.and_then(|child| child.wait_with_output()) {
        Ok(output) => output,
        Err(error) => return failed(format!("cannot run this test binary again: {error}")),
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut lines = stdout.lines();
    if lines.any(|line| line == PASSED) {
        return Outcome::Passed;
    }
    let mut lines = stdout.lines();
    if lines.any(|line| line == FAILED) {
        let message: Vec<&str> = stdout
            .lines()
            .filter_map(|line| line.strip_prefix(MESSAGE))
            .collect();
        let location = stdout
            .lines()
            .find_map(|line| line.strip_prefix(LOCATION))
            .map(str::to_string);
        return Outcome::Failed(Failure {
            message: message.join("\n"),
            location,
        });
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let tail: Vec<&str> = stderr.lines().rev().take(5).collect();
    failed(format!(
        "the scenario's process ended ({}) without saying how the scenario went; its stderr \
         ends with:\n{}",
        output.status,
        tail.into_iter().rev().collect::<Vec<_>>().join("\n")
    ))
}

fn failed(message: String) -> Outcome {
    Outcome::Failed(Failure {
        message,
        location: None,
    })
}

/// Not a test of its own: each step test runs it in a process of its own,
/// once for each of its scenarios.
#[test]
#[ignore = "a helper: the step tests run it in a process of its own, for each scenario"]
fn one_scenario_in_a_process_of_its_own() {
    let wanted = env::var(SCENARIO_VARIABLE).unwrap_or_else(|_| {
        panic!(
            "not a test to run on its own: the step tests run it, in a process of its own, with \
             {SCENARIO_VARIABLE} naming the scenario"
        )
    });
    let scenario = super::find(&wanted)
        .unwrap_or_else(|| panic!("{SCENARIO_VARIABLE}={wanted} names no scenario"));

    let outcome = run::on_a_new_thread(scenario, Conditions::default());

    // Straight to stdout, not through `println!`: the test harness would
    // capture that, and print it only for a failing test.
    let mut report = String::new();
    match outcome {
        Outcome::Passed => report.push_str(PASSED),
        Outcome::Failed(failure) => {
            report.push_str(FAILED);
            for line in failure.message.lines() {
                report.push_str(&format!("\n{MESSAGE}{line}"));
            }
            if let Some(location) = failure.location {
                report.push_str(&format!("\n{LOCATION}{location}"));
            }
        }
    }
    let mut stdout = io::stdout().lock();
    writeln!(stdout, "\n{report}").expect("cannot write to stdout");
    stdout.flush().expect("cannot write to stdout");
}
