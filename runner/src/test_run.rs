//! Running a kata's test executables under a time limit, and what the run
//! found: [`Found`] is the one answer that `check`, `watch` and `verify`
//! read, whether the tests are the learner's, a solution's or a mutant's.

use std::collections::BTreeSet;
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::Result;

use crate::build::{Build, TestBinary};
use crate::limits;
use crate::process::{self, AfterLine, Ending};

/// One failing test, and the first line of why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub test: String,
    /// The panic message's first line, or `None` when the output had none.
    pub reason: Option<String>,
}

impl Failure {
    /// The step a starter's `todo!` names, as written after the kata's
    /// number: `step 2` in "kata 13, step 2: ...", `layer 1, step 2` in
    /// "kata 04, layer 1, step 2: ...". `None` when the message names none.
    pub fn step(&self) -> Option<&str> {
        let reason = self.reason.as_deref()?;
        let at = reason.find("kata ")? + "kata ".len();
        let rest = &reason[at..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let label = rest[digits..].strip_prefix(", ")?;
        let end = label.find(':')?;
        Some(label[..end].trim())
    }
}

/// Text compared as a person reads it: `step 2` before `step 10`.
fn natural_key(text: &str) -> Vec<(String, u64)> {
    let mut key = Vec::new();
    let mut chars = text.chars().peekable();
    while chars.peek().is_some() {
        let word: String = std::iter::from_fn(|| chars.next_if(|c| !c.is_ascii_digit())).collect();
        let number: String = std::iter::from_fn(|| chars.next_if(char::is_ascii_digit)).collect();
        key.push((word, number.parse().unwrap_or(0)));
    }
    key
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// Every test passed (their names); `in_src` of them are unit tests in
    /// `src/`, the others are in `tests/`.
    Passed { tests: Vec<String>, in_src: usize },
    /// Some failed, in the kata's step order, then by name.
    Failed {
        failures: Vec<Failure>,
        passed: usize,
        /// How many of the tests (failed or passed) are unit tests in `src/`.
        in_src: usize,
    },
    /// Tests were still running at the time limit and were stopped.
    TimedOut {
        limit: Duration,
        /// The tests that had not finished: the ones that hang, and any that
        /// were still waiting for a thread.
        unfinished: Vec<String>,
        failures: Vec<Failure>,
    },
    /// A test binary ended without a failing test (an abort, a crash, an
    /// exit from inside a test): the end of what it printed.
    Crashed { output: String },
    /// It built, and there was no test to run.
    NoTests,
    /// It did not compile: the compiler's first error.
    DidNotBuild { error: String },
}

impl Found {
    pub fn passed(&self) -> bool {
        matches!(self, Found::Passed { .. })
    }

    /// The tests that failed, or hung.
    pub fn catchers(&self) -> Vec<String> {
        match self {
            Found::Failed { failures, .. } => failures.iter().map(|f| f.test.clone()).collect(),
            Found::TimedOut {
                unfinished,
                failures,
                ..
            } => failures
                .iter()
                .map(|f| f.test.clone())
                .chain(unfinished.iter().cloned())
                .collect(),
            _ => Vec::new(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct TestRun {
    pub found: Found,
    pub elapsed: Duration,
}

/// How to run the tests.
#[derive(Debug, Clone)]
pub struct Plan {
    /// For the whole run, every test binary together.
    pub limit: Duration,
    /// Stop this long after the first failure, instead of waiting for every
    /// test: a mutant needs one failing test to count as caught; the grace
    /// lets tests that fail at the same moment be named too.
    pub stop_after_failure: Option<Duration>,
    /// Extra environment for the tests (`INSTA_UPDATE=no` for mutants).
    pub env: Vec<(&'static str, &'static str)>,
}

impl Plan {
    pub fn new(limit: Duration) -> Plan {
        Plan {
            limit,
            stop_after_failure: None,
            env: Vec::new(),
        }
    }
}

/// Builds happened already; this runs what `build` made.
pub fn run(build: &Build, plan: &Plan) -> Result<TestRun> {
    let started = Instant::now();
    if !build.succeeded() {
        return Ok(TestRun {
            found: Found::DidNotBuild {
                error: build.failure(),
            },
            elapsed: started.elapsed(),
        });
    }
    let mut passed = Vec::new();
    let mut failures = Vec::new();
    // Tests that ran to an end in the unit tests of `src/`.
    let mut in_src = 0;
    for binary in &build.binaries {
        let left = plan.limit.saturating_sub(started.elapsed());
        let listed = list_tests(binary, plan, left)?;
        if listed.is_empty() {
            continue;
        }
        let output = process::run_test_binary(command(binary, plan, &[]), left, |line| {
            match parse_result_line(line) {
                Some((_, ResultLine::Failed)) => plan
                    .stop_after_failure
                    .map_or(AfterLine::Continue, AfterLine::StopWithin),
                _ => AfterLine::Continue,
            }
        })?;
        let counted_before = passed.len() + failures.len();
        let mut finished = BTreeSet::new();
        let mut failed_here = Vec::new();
        for line in output.stdout.lines() {
            match parse_result_line(line) {
                Some((name, ResultLine::Passed)) => {
                    finished.insert(name.to_string());
                    passed.push(name.to_string());
                }
                Some((name, ResultLine::Ignored)) => {
                    finished.insert(name.to_string());
                }
                Some((name, ResultLine::Failed)) => {
                    finished.insert(name.to_string());
                    failed_here.push(Failure {
                        test: name.to_string(),
                        reason: panic_message(&output.stdout, name),
                    });
                }
                None => {}
            }
        }
        if binary.in_src {
            in_src += passed.len() + failures.len() + failed_here.len() - counted_before;
        }
        let crashed =
            matches!(output.ending, Ending::Exited { success: false }) && failed_here.is_empty();
        failures.extend(failed_here);
        match output.ending {
            Ending::TimedOut => {
                let unfinished = listed.difference(&finished).cloned().collect();
                return Ok(TestRun {
                    found: Found::TimedOut {
                        limit: plan.limit,
                        unfinished,
                        failures: in_step_order(failures),
                    },
                    elapsed: started.elapsed(),
                });
            }
            // Stopped after a failure: enough to know that a mutant is caught.
            Ending::Stopped => break,
            Ending::Exited { .. } if crashed => {
                return Ok(TestRun {
                    found: Found::Crashed {
                        output: output.tail(20),
                    },
                    elapsed: started.elapsed(),
                });
            }
            Ending::Exited { .. } => {
                if !failures.is_empty() && plan.stop_after_failure.is_some() {
                    break;
                }
            }
        }
    }
    let found = if !failures.is_empty() {
        Found::Failed {
            failures: in_step_order(failures),
            passed: passed.len(),
            in_src,
        }
    } else if passed.is_empty() {
        Found::NoTests
    } else {
        Found::Passed {
            tests: passed,
            in_src,
        }
    };
    Ok(TestRun {
        found,
        elapsed: started.elapsed(),
    })
}

/// The order a learner works in: the steps the starters' `todo!` messages
/// name (`step 1` before `step 2` before `step 10`; `layer 1, step 2` before
/// `layer 2, step 1`), then failures that name no step, by module (test
/// modules are named to sort in the kata's order) and name. Never the order
/// in which the tests happened to finish.
fn in_step_order(mut failures: Vec<Failure>) -> Vec<Failure> {
    failures.sort_by_cached_key(|failure| {
        let module = failure
            .test
            .rsplit_once("::")
            .map_or("", |(module, _)| module);
        let step = failure.step();
        (
            step.is_none(),
            step.map(natural_key).unwrap_or_default(),
            module.to_string(),
            failure.test.clone(),
        )
    });
    failures
}

/// The names of the tests in a binary (`--list` prints `name: test`),
/// within what is `left` of the run's limit.
fn list_tests(binary: &TestBinary, plan: &Plan, left: Duration) -> Result<BTreeSet<String>> {
    let listing = process::run_test_binary(
        command(binary, plan, &["--list", "--format", "terse"]),
        limits::TEST_LISTING.min(left),
        |_| AfterLine::Continue,
    )?;
    Ok(listing
        .stdout
        .lines()
        .filter_map(|line| line.strip_suffix(": test"))
        .map(str::to_string)
        .collect())
}

/// A test binary run as `cargo test` runs it: in its package's folder, with
/// the variables cargo sets, and plain text that this module can read.
fn command(binary: &TestBinary, plan: &Plan, args: &[&str]) -> Command {
    let mut command = Command::new(&binary.path);
    command
        .args(args)
        .args(["--color", "never"])
        .current_dir(&binary.package_dir)
        .env("CARGO_MANIFEST_DIR", &binary.package_dir)
        .env("RUST_BACKTRACE", "0")
        .env_remove("RUST_TEST_THREADS");
    for (key, value) in &plan.env {
        command.env(key, value);
    }
    command
}

#[derive(Debug, PartialEq)]
enum ResultLine {
    Passed,
    Failed,
    Ignored,
}

/// `test name ... ok`, `test name ... FAILED`, `test name ... ignored, why`.
fn parse_result_line(line: &str) -> Option<(&str, ResultLine)> {
    let rest = line.strip_prefix("test ")?;
    let (name, result) = rest.rsplit_once(" ... ")?;
    let outcome = match result {
        "ok" => ResultLine::Passed,
        "FAILED" => ResultLine::Failed,
        other if other.starts_with("ignored") => ResultLine::Ignored,
        _ => return None,
    };
    Some((name.trim_end_matches(" - should panic"), outcome))
}

/// In the `failures:` section, libtest prints each failed test's output as
/// `---- name stdout ----`, then `thread 'name' (id) panicked at file:line:col:`
/// and the message on the lines after it.
fn panic_message(stdout: &str, test: &str) -> Option<String> {
    let header = format!("---- {test} stdout ----");
    let section = &stdout[stdout.find(&header)? + header.len()..];
    let mut lines = section
        .lines()
        .take_while(|line| !line.starts_with("---- "));
    lines.find(|line| line.contains("panicked at "))?;
    lines
        .map(str::trim)
        .find(|line| !line.is_empty() && !is_bare_assertion_header(line))
        .filter(|line| !line.starts_with("note: ") && !line.starts_with("stack backtrace:"))
        .map(str::to_string)
}

/// `assert!` messages that start on a new line leave a bare
/// "assertion `left == right` failed:" in front of them.
fn is_bare_assertion_header(line: &str) -> bool {
    line.starts_with("assertion") && line.ends_with("failed:")
}

#[cfg(test)]
mod tests {
    use super::*;

    const OUTPUT: &str = "\
running 3 tests
test configuration::a_shop_in_euros_charges_euros ... ok
test interface::the_gateway_is_charged_the_total ... FAILED
test timing::the_warehouse_hears_after_the_order_is_stored ... FAILED

failures:

---- interface::the_gateway_is_charged_the_total stdout ----

thread 'interface::the_gateway_is_charged_the_total' (4242) panicked at tests/it/interface.rs:12:5:
assertion `left == right` failed: 
charged 1234.00 for a basket of 12.34: interface mismatch
  left: 123400
 right: 1234
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace

---- timing::the_warehouse_hears_after_the_order_is_stored stdout ----
thread 'timing::the_warehouse_hears_after_the_order_is_stored' panicked at tests/it/timing.rs:9:5:
not yet implemented: kata 01, step 2: wire the warehouse

failures:
    interface::the_gateway_is_charged_the_total
    timing::the_warehouse_hears_after_the_order_is_stored

test result: FAILED. 1 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s
";

    #[test]
    fn result_lines_name_the_test_and_its_outcome() {
        assert_eq!(
            parse_result_line("test a::b ... ok"),
            Some(("a::b", ResultLine::Passed))
        );
        assert_eq!(
            parse_result_line("test a::b ... FAILED"),
            Some(("a::b", ResultLine::Failed))
        );
        assert_eq!(
            parse_result_line("test a::b ... ignored, needs Docker"),
            Some(("a::b", ResultLine::Ignored))
        );
        assert_eq!(
            parse_result_line("test a::b - should panic ... ok"),
            Some(("a::b", ResultLine::Passed))
        );
        assert_eq!(
            parse_result_line("test result: FAILED. 1 passed; 2 failed"),
            None
        );
    }

    #[test]
    fn the_first_line_of_each_panic_is_its_reason() {
        assert_eq!(
            panic_message(OUTPUT, "interface::the_gateway_is_charged_the_total").as_deref(),
            Some("charged 1234.00 for a basket of 12.34: interface mismatch")
        );
        assert_eq!(
            panic_message(
                OUTPUT,
                "timing::the_warehouse_hears_after_the_order_is_stored"
            )
            .as_deref(),
            Some("not yet implemented: kata 01, step 2: wire the warehouse")
        );
        assert_eq!(panic_message(OUTPUT, "no::such::test"), None);
    }

    #[test]
    fn failures_are_listed_by_step_then_module_then_name() {
        let failure = |test: &str, reason: Option<&str>| Failure {
            test: test.into(),
            reason: reason.map(str::to_string),
        };
        let sorted = in_step_order(vec![
            failure(
                "smoke::health",
                Some("not yet implemented: kata 15, step 1: write TestApp"),
            ),
            failure(
                "buying::b",
                Some("not yet implemented: kata 15, step 10: x"),
            ),
            failure("buying::a", Some("not yet implemented: kata 15, step 4: y")),
            failure("layer_2::first", Some("kata 04, layer 2, step 1: x")),
            failure("layer_1::second", Some("kata 04, layer 1, step 2: x")),
            failure("z::no_step", Some("assertion failed: kata 01 is wrong")),
            failure("a::no_reason", None),
        ]);
        let names: Vec<&str> = sorted.iter().map(|f| f.test.as_str()).collect();
        assert_eq!(
            names,
            [
                "layer_1::second",
                "layer_2::first",
                "smoke::health",
                "buying::a",
                "buying::b",
                "a::no_reason",
                "z::no_step"
            ]
        );
    }

    #[test]
    fn the_step_is_what_follows_the_katas_number() {
        let step = |reason: &str| {
            Failure {
                test: "t".into(),
                reason: Some(reason.into()),
            }
            .step()
            .map(str::to_string)
        };
        assert_eq!(
            step("not yet implemented: kata 13, step 2: wait").as_deref(),
            Some("step 2")
        );
        assert_eq!(
            step("kata 04, layer 1, step 2: insert").as_deref(),
            Some("layer 1, step 2")
        );
        assert_eq!(step("kata 01: add 2 and 3"), None);
        assert_eq!(step("assertion failed"), None);
    }
}
