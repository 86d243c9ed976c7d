//! The shop's mail relay, in memory. A clone is the same relay, so that a
//! test can keep one and read what the desk sent.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use tokio::time::{Instant, sleep};

/// An email with a gift card's code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    pub to: String,
    pub code: String,
}

/// The relay said no: try again later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused;

#[derive(Debug, Default)]
struct State {
    takes: Duration,
    refuse_next: u32,
    asked_at: Vec<Instant>,
    delivered: Vec<Email>,
}

#[derive(Debug, Clone, Default)]
pub struct MailRelay(Arc<Mutex<State>>);

impl MailRelay {
    /// A relay that answers at once.
    pub fn new() -> MailRelay {
        MailRelay::default()
    }

    /// A relay that takes `time` to answer each email, as a real one does.
    pub fn answering_after(time: Duration) -> MailRelay {
        let relay = MailRelay::default();
        relay.state().takes = time;
        relay
    }

    /// The next `count` emails are refused.
    pub fn refuse_next(&self, count: u32) {
        self.state().refuse_next = count;
    }

    /// When each email was handed to the relay, on tokio's clock.
    pub fn asked_at(&self) -> Vec<Instant> {
        self.state().asked_at.clone()
    }

    /// The emails the relay took, in order.
    pub fn delivered(&self) -> Vec<Email> {
        self.state().delivered.clone()
    }

    pub async fn send(&self, email: Email) -> Result<(), Refused> {
        let takes = {
            let mut state = self.state();
            state.asked_at.push(Instant::now());
            state.takes
        };
        if !takes.is_zero() {
            sleep(takes).await;
        }
        let mut state = self.state();
        if state.refuse_next > 0 {
            state.refuse_next -= 1;
            return Err(Refused);
        }
        state.delivered.push(email);
        Ok(())
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
