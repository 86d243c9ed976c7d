//! A mail transport for tests: it keeps every email it is given to deliver.

use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use kata_14::email::Email;
use kata_14::mailer::{DeliveryError, Transport};

use crate::harness::conditions::{self, Gate};

/// How long `wait_for` waits at most.
const WAIT_AT_MOST: Duration = Duration::from_secs(5);

/// Clones share what they recorded: hand one to the mailer, and keep one to
/// look at.
///
/// On a busy machine (one of the harness's runs), the mailer's thread gets
/// no time until the scenario looks at the transport: the first look finds
/// nothing that was held back, as it would if that thread were slow.
#[derive(Clone)]
pub struct RecordingTransport {
    inner: Arc<Inner>,
}

struct Inner {
    delivered: Mutex<Vec<Email>>,
    arrived: Condvar,
    held_back: Option<Arc<Gate>>,
}

#[allow(
    dead_code,
    reason = "a test double offers more than any one scenario needs"
)]
impl RecordingTransport {
    pub fn new() -> RecordingTransport {
        RecordingTransport {
            inner: Arc::new(Inner {
                delivered: Mutex::default(),
                arrived: Condvar::new(),
                held_back: conditions::busy_gate(),
            }),
        }
    }

    // ANCHOR: look_or_wait
    /// What was delivered so far, oldest first. It looks, and does not wait.
    pub fn delivered(&self) -> Vec<Email> {
        let delivered = self.inner.list().clone();
        self.let_the_mailer_run();
        delivered
    }

    /// Waits until at least `count` emails are delivered, or 5 s have passed,
    /// and returns every email delivered by then, oldest first.
    pub fn wait_for(&self, count: usize) -> Vec<Email> {
        self.let_the_mailer_run();
        let delivered = self.inner.list();
        let (delivered, _) = self
            .inner
            .arrived
            .wait_timeout_while(delivered, WAIT_AT_MOST, |delivered| delivered.len() < count)
            .unwrap_or_else(PoisonError::into_inner);
        delivered.clone()
    }
    // ANCHOR_END: look_or_wait

    fn let_the_mailer_run(&self) {
        if let Some(gate) = &self.inner.held_back {
            gate.open();
        }
    }
}

impl Transport for RecordingTransport {
    fn deliver(&self, email: &Email) -> Result<(), DeliveryError> {
        if let Some(gate) = &self.inner.held_back {
            gate.wait_until_open();
        }
        self.inner.list().push(email.clone());
        self.inner.arrived.notify_all();
        Ok(())
    }
}

impl Inner {
    fn list(&self) -> MutexGuard<'_, Vec<Email>> {
        self.delivered
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}
