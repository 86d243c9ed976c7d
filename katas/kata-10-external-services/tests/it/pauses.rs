//! A `Pause` for tests: it writes each delay down and returns at once. Given.
//!
//! A client given this one never waits in real time, so a test of five
//! retries takes no longer than its five answers; and the test reads back
//! each wait the client asked for, which a real sleep would hide.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use kata_10::retry::Pause;

// ANCHOR: recorded
#[derive(Debug, Clone, Default)]
pub struct RecordedPauses {
    taken: Arc<Mutex<Vec<Duration>>>,
}

impl RecordedPauses {
    /// Every delay the client paused for, in order.
    pub fn taken(&self) -> Vec<Duration> {
        self.taken
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

impl Pause for RecordedPauses {
    async fn pause(&self, delay: Duration) {
        self.taken
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(delay);
    }
}
// ANCHOR_END: recorded
