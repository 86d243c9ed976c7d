//! Step 2: waiting for an event, or for a condition on the events, with a
//! deadline. Never a sleep: the wait ends the moment the event is published.
//!
//! The `impl Recorder` below is in a module of its own, so the fields you
//! gave `Recorder` in `recorder.rs` are private to that file: this one cannot
//! reach them (the compiler says "field ... is private"). There is no need
//! to: build the waits on the recorder's own methods from step 1, which
//! already read the bus and keep what they read.

use std::fmt;
use std::time::Duration;

use kata_13::events::OrderEvent;

use super::Recorder;

/// How long `until` and `nth` wait. On a paused clock, this is virtual time.
pub const WAIT: Duration = Duration::from_secs(1);

/// A wait that ended without what it waited for. Given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaitError {
    /// What the test waited for, in its own words.
    pub what: String,
    /// How long it was willing to wait.
    pub within: Duration,
    /// Every event the recorder saw, from its start until it gave up.
    pub seen: Vec<OrderEvent>,
}

impl fmt::Display for WaitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "gave up waiting for {} after {:?}.",
            self.what, self.within
        )?;
        if self.seen.is_empty() {
            return write!(
                f,
                " The recorder saw no event at all: did anything run, and did the recorder \
                 start before it?"
            );
        }
        write!(f, " The recorder saw, in order:")?;
        for (number, event) in self.seen.iter().enumerate() {
            write!(f, "\n  {}. {event:?}", number + 1)?;
        }
        Ok(())
    }
}

impl std::error::Error for WaitError {}

impl Recorder {
    /// Waits until `done` holds for the events recorded so far, and returns
    /// them; gives up after `within`. `done` is asked again after each new
    /// event, and first of all before any waiting.
    pub async fn try_until(
        &mut self,
        what: &str,
        within: Duration,
        done: impl FnMut(&[OrderEvent]) -> bool,
    ) -> Result<&[OrderEvent], WaitError> {
        let _ = done; // Only keeps the compiler quiet until you use `done`.
        todo!(
            "kata 13, step 2: write Recorder::try_until in tests/it/harness/wait.rs: wait at most \
             {within:?} until the events show {what}, without sleeping"
        )
    }

    /// Waits for the `n`-th event since the recorder started (the first is
    /// 1), and returns it; gives up after `within`.
    pub async fn try_nth(&mut self, n: usize, within: Duration) -> Result<OrderEvent, WaitError> {
        todo!(
            "kata 13, step 2: write Recorder::try_nth in tests/it/harness/wait.rs: wait at most \
             {within:?} for event number {n}"
        )
    }

    // Given: the forms the tests use, which fail the test with the error's
    // message.

    /// [`try_until`](Recorder::try_until) within [`WAIT`], and panics if it
    /// gives up.
    pub async fn until(
        &mut self,
        what: &str,
        done: impl FnMut(&[OrderEvent]) -> bool,
    ) -> &[OrderEvent] {
        self.until_within(what, WAIT, done).await
    }

    /// [`try_until`](Recorder::try_until), and panics if it gives up.
    pub async fn until_within(
        &mut self,
        what: &str,
        within: Duration,
        done: impl FnMut(&[OrderEvent]) -> bool,
    ) -> &[OrderEvent] {
        match self.try_until(what, within, done).await {
            Ok(events) => events,
            Err(error) => panic!("\n{error}\n"),
        }
    }

    /// [`try_nth`](Recorder::try_nth) within [`WAIT`], and panics if it gives
    /// up.
    pub async fn nth(&mut self, n: usize) -> OrderEvent {
        self.try_nth(n, WAIT)
            .await
            .unwrap_or_else(|error| panic!("\n{error}\n"))
    }
}
