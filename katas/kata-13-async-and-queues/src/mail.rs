//! The mail server: an in-memory stand-in for the shop's mail relay.
//!
//! It keeps what it delivered, and can be told to misbehave the ways a real
//! relay does: refuse a message ("try again later"), or take a message and
//! never answer.

use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

/// One email, as the relay delivered it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    pub to: String,
    pub subject: String,
}

/// Why the relay did not take a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailError {
    pub reply: String,
}

impl fmt::Display for MailError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the mail server refused the message: {}", self.reply)
    }
}

impl std::error::Error for MailError {}

/// The reply of a relay that is busy or down for a while.
pub const TRY_AGAIN_LATER: &str = "421 service not available, try again later";

#[derive(Debug, Default)]
struct Relay {
    delivered: Vec<Email>,
    refuse_next: u32,
    refuse_all: bool,
    stall_next: u32,
}

/// A clone is the same server.
#[derive(Debug, Clone, Default)]
pub struct MailServer {
    relay: Arc<Mutex<Relay>>,
}

impl MailServer {
    /// A server that delivers every message.
    pub fn new() -> MailServer {
        MailServer::default()
    }

    /// The next `count` messages are refused with [`TRY_AGAIN_LATER`]; the
    /// ones after are delivered.
    pub fn refuse_next(&self, count: u32) {
        self.lock().refuse_next = count;
    }

    /// Every message from now on is refused.
    pub fn refuse_everything(&self) {
        self.lock().refuse_all = true;
    }

    /// The next `count` messages are taken and never answered: `send` does
    /// not return, as with a relay that hangs.
    pub fn stall_next(&self, count: u32) {
        self.lock().stall_next = count;
    }

    /// Sends one message.
    pub async fn send(&self, email: Email) -> Result<(), MailError> {
        let stall = {
            let mut relay = self.lock();
            if relay.stall_next > 0 {
                relay.stall_next -= 1;
                true
            } else if relay.refuse_all || relay.refuse_next > 0 {
                relay.refuse_next = relay.refuse_next.saturating_sub(1);
                return Err(MailError {
                    reply: TRY_AGAIN_LATER.to_string(),
                });
            } else {
                relay.delivered.push(email);
                false
            }
        };
        if stall {
            // The lock is released first: a hanging send must not stop the
            // test from looking at the server.
            std::future::pending::<()>().await;
        }
        Ok(())
    }

    /// Every message delivered so far, in order.
    pub fn delivered(&self) -> Vec<Email> {
        self.lock().delivered.clone()
    }

    fn lock(&self) -> MutexGuard<'_, Relay> {
        // No method can leave the relay half-changed.
        self.relay.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
