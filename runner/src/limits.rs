//! Every limit the runner keeps to, in one place: how long each program it
//! starts may run, how long it waits for the classroom, how much disk it
//! asks for. Each has its reason, and where an environment variable changes
//! it, the variable.
//!
//! Not here: the classroom protocol's size limits (`classroom/wire.rs`),
//! which belong to its contract with older runners, and the rhythms of
//! `watch` and of the instructor's page (how often they look again), which
//! bound nothing.

use std::time::Duration;

// ---- Programs the runner starts (all through `process.rs`) ----

/// A cargo build can be slow the first time (every dependency, SQLite's C
/// code); this bound only stops a cargo that hangs.
pub const BUILD: Duration = Duration::from_secs(30 * 60);

/// `cargo fmt`, `cargo metadata`, and the version probes of `doctor`
/// (`rustc --version`, `mdbook --version`, `cargo mutants --version`).
pub const QUICK: Duration = Duration::from_secs(2 * 60);

/// `cargo kata dev mutants`: cargo-mutants builds the kata once per mutant.
pub const CARGO_MUTANTS: Duration = Duration::from_secs(4 * 30 * 60);

/// A learner's tests should take well under two seconds; past this, one of
/// them is waiting for something that never comes.
pub const LEARNER_TESTS: Duration = Duration::from_secs(20);
/// Changes [`LEARNER_TESTS`], in seconds.
pub const LEARNER_TESTS_VAR: &str = "CARGO_KATA_TEST_TIMEOUT";

/// A reference solution's tests, or a starter's, in `verify`, on a loaded
/// CI machine.
pub const REFERENCE_TESTS: Duration = Duration::from_secs(120);

/// A quiz crate's tests against one of its versions, in `verify`: a few
/// small tests, each run to its end. A proof must not hang (its result must
/// be the same on every run), so this only stops one that does.
pub const QUIZ_TESTS: Duration = Duration::from_secs(60);

/// Listing the tests of one test binary (`--list`): it runs no test, so a
/// minute is generous; never more than what is left of the run's own limit.
pub const TEST_LISTING: Duration = Duration::from_secs(60);

/// cargo-mutants' default: a mutant's tests may take five times as long as
/// the same tests on the real system (the baseline).
pub const MUTANT_MULTIPLIER: u32 = 5;
/// A floor under a mutant's limit, so that a loaded machine does not turn a
/// slow but passing run into a "caught".
pub const MUTANT_FLOOR: Duration = Duration::from_secs(10);
/// Changes [`MUTANT_FLOOR`], in seconds: higher on a very slow machine,
/// lower in the runner's own tests.
pub const MUTANT_FLOOR_VAR: &str = "CARGO_KATA_MUTANT_TIMEOUT";
/// After a mutant's first failing test, how long the others may go on, so
/// that tests failing at the same moment are named too.
pub const GRACE_AFTER_FAILURE: Duration = Duration::from_millis(300);

/// After a program is gone, how long to wait for the rest of its output. A
/// process that inherited its pipes and outlived it (a server a test
/// started, on a system where its group cannot be ended) can hold them open;
/// its output is not worth a frozen runner.
pub const DRAIN: Duration = Duration::from_millis(500);

// ---- The classroom, from the learner's side ----

/// A room on a laptop across the room answers in milliseconds; past this,
/// it is not answering.
pub const CLASSROOM_CONNECT: Duration = Duration::from_secs(1);
pub const CLASSROOM_REQUEST: Duration = Duration::from_secs(2);
/// The pauses between the three tries of a report.
pub const CLASSROOM_BACKOFF: [Duration; 2] =
    [Duration::from_millis(300), Duration::from_millis(1000)];
/// `quiz --room`, when the room stops answering: how long before it asks
/// again (it waits for the room anyway; this only keeps it from spinning).
pub const CLASSROOM_ROOM_AGAIN: Duration = Duration::from_secs(2);

// ---- Disk ----

/// Below this much free disk, `doctor` fails: the course's builds
/// (`cargo kata prepare`) take about this much.
pub const DISK_NEEDED: u64 = 3 * GIB;
/// Below this, `doctor` warns.
pub const DISK_LOW: u64 = 5 * GIB;
const GIB: u64 = 1024 * 1024 * 1024;

/// How long a learner's tests may run: [`LEARNER_TESTS`], or
/// [`LEARNER_TESTS_VAR`].
pub fn learner_tests() -> Duration {
    seconds_from_env(LEARNER_TESTS_VAR).unwrap_or(LEARNER_TESTS)
}

/// How long a mutant's tests may run, given how long they took on the real
/// system: [`MUTANT_MULTIPLIER`] baselines, never under the floor.
pub fn mutant_tests(baseline: Duration) -> Duration {
    let floor = seconds_from_env(MUTANT_FLOOR_VAR).unwrap_or(MUTANT_FLOOR);
    (baseline * MUTANT_MULTIPLIER).max(floor)
}

/// A number of seconds from the environment, if it is set and a number.
fn seconds_from_env(name: &str) -> Option<Duration> {
    let value = std::env::var(name).ok()?;
    Duration::try_from_secs_f64(value.trim().parse().ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mutants_limit_is_five_baselines_but_never_under_the_floor() {
        assert_eq!(mutant_tests(Duration::from_millis(40)), MUTANT_FLOOR);
        assert_eq!(
            mutant_tests(Duration::from_secs(3)),
            Duration::from_secs(15)
        );
    }
}
