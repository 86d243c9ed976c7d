//! Where the order desk's emails go: a list that a mail relay empties in
//! production, and that tests read to see what was sent.
//!
//! There is one outbox for the whole program, so that any part of the shop
//! can send an email without being handed anything.

use std::sync::{Mutex, MutexGuard, PoisonError};

use crate::email::Email;

static SENT: Mutex<Vec<Email>> = Mutex::new(Vec::new());

/// Puts an email in the outbox.
pub fn send(email: Email) {
    sent_emails().push(email);
}

/// Every email in the outbox, oldest first.
pub fn sent() -> Vec<Email> {
    sent_emails().clone()
}

fn sent_emails() -> MutexGuard<'static, Vec<Email>> {
    // A panic while the lock is held cannot leave the list half-changed.
    SENT.lock().unwrap_or_else(PoisonError::into_inner)
}
