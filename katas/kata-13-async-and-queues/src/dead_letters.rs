//! The dead-letter list: jobs the worker gave up on.

use std::sync::{Arc, Mutex, PoisonError};

use crate::events::OrderId;

/// A confirmation that failed every attempt. It stays here until a person
/// looks at it; nothing retries it automatically.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadLetter {
    pub order: OrderId,
    pub customer: String,
    pub attempts: u32,
    pub last_error: String,
}

/// A clone shares the same list.
#[derive(Debug, Clone, Default)]
pub struct DeadLetters {
    letters: Arc<Mutex<Vec<DeadLetter>>>,
}

impl DeadLetters {
    pub fn new() -> DeadLetters {
        DeadLetters::default()
    }

    /// Every dead letter, oldest first.
    pub fn list(&self) -> Vec<DeadLetter> {
        self.lock().clone()
    }

    pub(crate) fn push(&self, letter: DeadLetter) {
        self.lock().push(letter);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<DeadLetter>> {
        // A push cannot leave the list half-changed, so a poisoned lock is
        // still safe to use.
        self.letters.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
