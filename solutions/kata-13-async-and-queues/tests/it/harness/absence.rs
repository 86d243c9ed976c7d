//! Step 4: checking that something does *not* happen.

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
        mut unwanted: impl FnMut(&OrderEvent) -> bool,
    ) -> Result<(), Unexpected> {
        let before = self.events().len();
        let watched = self
            .try_until(what, within, |events| {
                events[before..].iter().any(&mut unwanted)
            })
            .await;
        match watched {
            // The wait gave up: nothing unwanted came.
            Err(_) => Ok(()),
            Ok(events) => Err(Unexpected {
                what: what.to_string(),
                within,
                event: events[before..]
                    .iter()
                    .find(|event| unwanted(event))
                    .cloned()
                    .expect("the wait ended on an unwanted event"),
            }),
        }
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
