//! Step 4: the test's paused clock.

use std::time::Duration;

use tokio::time::Instant;

/// The clock of a test that runs on a paused runtime
/// (`#[tokio::test(start_paused = true)]`): it measures virtual time since
/// the test started it, and moves it on when the test says so.
pub struct TestClock {
    started: Instant,
}

impl TestClock {
    /// Starts measuring from now.
    pub fn start() -> TestClock {
        // tokio's `Instant`, not std's: only tokio's clock is paused.
        TestClock {
            started: Instant::now(),
        }
    }

    /// How much time has passed on the test's clock since `start`.
    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// Moves the paused clock on to `at` after the start, at once. Timers due
    /// by then fire, but the tasks they wake have not necessarily run when
    /// this returns: wait for what they do, don't assume it.
    pub async fn advance_to(&self, at: Duration) {
        let now = self.elapsed();
        assert!(
            at >= now,
            "the clock cannot go back: it is at {now:?} already, and {at:?} was asked for"
        );
        tokio::time::advance(at - now).await;
    }
}
