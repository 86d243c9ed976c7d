//! Sends the shop's emails from a background thread, so that shipping a
//! parcel never waits for a mail server.

use std::sync::mpsc::{self, Sender};
use std::thread;

use crate::email::Email;

/// Why a mail server did not take an email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryError(pub String);

/// What actually delivers an email: an SMTP client in production.
pub trait Transport: Send + 'static {
    fn deliver(&self, email: &Email) -> Result<(), DeliveryError>;
}

/// Queues emails and delivers them, in the order they were sent, on a
/// thread of its own.
#[derive(Debug)]
pub struct Mailer {
    queue: Sender<Email>,
}

impl Mailer {
    /// Starts the delivery thread. It stops once the `Mailer` is dropped and
    /// the emails queued before that are delivered.
    pub fn start(transport: impl Transport) -> Mailer {
        let (queue, queued) = mpsc::channel::<Email>();
        thread::Builder::new()
            .name("mailer".to_string())
            .spawn(move || {
                for email in queued {
                    if let Err(error) = transport.deliver(&email) {
                        // A real mailer would retry later; this one reports it.
                        eprintln!("mailer: cannot deliver {email:?}: {}", error.0);
                    }
                }
            })
            .expect("cannot start the mailer's thread");
        Mailer { queue }
    }

    // ANCHOR: send
    /// Queues an email and returns at once: the delivery thread sends it.
    pub fn send(&self, email: Email) {
        // The thread runs for as long as the queue is open.
        self.queue
            .send(email)
            .expect("the mailer's thread has stopped");
    }
    // ANCHOR_END: send
}
