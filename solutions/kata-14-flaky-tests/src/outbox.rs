//! Where the order desk's emails go: a list that a mail relay empties in
//! production, and that tests read to see what was sent.
//!
//! Each desk is handed its outbox. Two desks (two tests) that each have
//! their own never see each other's mail; a program that wants one outbox
//! for everything hands the same one to every part.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use crate::email::Email;

/// Clones share their list: keep one, and hand one to the part that sends.
#[derive(Debug, Clone, Default)]
pub struct Outbox {
    sent: Arc<Mutex<Vec<Email>>>,
}

impl Outbox {
    pub fn new() -> Outbox {
        Outbox::default()
    }

    /// Puts an email in the outbox.
    pub fn send(&self, email: Email) {
        self.emails().push(email);
    }

    /// Every email in the outbox, oldest first.
    pub fn sent(&self) -> Vec<Email> {
        self.emails().clone()
    }

    fn emails(&self) -> MutexGuard<'_, Vec<Email>> {
        // A panic while the lock is held cannot leave the list half-changed.
        self.sent.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
