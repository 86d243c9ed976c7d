//! Step 4: the test's paused clock.

use std::time::Duration;

/// The clock of a test that runs on a paused runtime
/// (`#[tokio::test(start_paused = true)]`): it measures virtual time since
/// the test started it, and moves it on when the test says so.
///
/// Add the fields it needs inside the `{ }`.
pub struct TestClock {}

impl TestClock {
    /// Starts measuring from now.
    pub fn start() -> TestClock {
        todo!(
            "kata 13, step 4: write TestClock::start in tests/it/harness/clock.rs, and add its \
             fields: the test's clock measures from here"
        )
    }

    /// How much time has passed on the test's clock since `start`.
    pub fn elapsed(&self) -> Duration {
        todo!(
            "kata 13, step 4: write TestClock::elapsed in tests/it/harness/clock.rs: the time \
             since start, on the test's clock"
        )
    }

    /// Moves the paused clock on to `at` after the start, at once. Timers due
    /// by then fire, but the tasks they wake have not necessarily run when
    /// this returns: wait for what they do, don't assume it.
    pub async fn advance_to(&self, at: Duration) {
        todo!(
            "kata 13, step 4: write TestClock::advance_to in tests/it/harness/clock.rs: move the \
             paused clock on to {at:?} after the start"
        )
    }
}
