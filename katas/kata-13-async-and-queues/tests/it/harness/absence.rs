//! Step 4: checking that something does *not* happen.
//!
//! As in `wait.rs`, the recorder's fields are private to `recorder.rs` and
//! out of reach here. What the recorder can already do (record, and wait with
//! a deadline) is all this needs.

use std::fmt;
use std::time::Duration;

use kata_13::events::OrderEvent;

use super::Recorder;

/// An event that a test said should not be published, and was. Given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unexpected {
    /// What should not have happened, in the test's words.
    pub what: String,
    /// How long the test watched.
    pub within: Duration,
    /// The first event that matched.
    pub event: OrderEvent,
}

impl fmt::Display for Unexpected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "expected no {} within {:?}, but the bus published {:?}",
            self.what, self.within, self.event
        )
    }
}

impl std::error::Error for Unexpected {}

impl Recorder {
    /// Watches the bus for `within`, and fails with the first event that
    /// `unwanted` matches. Only events published from now on count, not
    /// those already published.
    ///
    /// On a paused clock the watch costs no real time, and it ends only when
    /// every task is idle, so whatever was due in the window has happened.
    /// On a real clock it really waits `within`: keep it for paused tests.
    pub async fn try_expect_none(
        &mut self,
        what: &str,
        within: Duration,
        unwanted: impl FnMut(&OrderEvent) -> bool,
    ) -> Result<(), Unexpected> {
        let _ = unwanted; // Only keeps the compiler quiet until you use `unwanted`.
        todo!(
            "kata 13, step 4: write Recorder::try_expect_none in tests/it/harness/absence.rs: \
             watch the bus for {within:?}; no {what} may come in that time"
        )
    }

    /// Given: [`try_expect_none`](Recorder::try_expect_none), and panics if
    /// the unwanted event comes.
    pub async fn expect_none(
        &mut self,
        what: &str,
        within: Duration,
        unwanted: impl FnMut(&OrderEvent) -> bool,
    ) {
        if let Err(unexpected) = self.try_expect_none(what, within, unwanted).await {
            panic!("\n{unexpected}\n");
        }
    }
}
