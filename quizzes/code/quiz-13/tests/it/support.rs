//! The cards, the emails and the helpers the tests share.

use std::time::Duration;

use quiz_13::desk::GiftCardDesk;
use quiz_13::relay::{Email, MailRelay};
use quiz_13::{CardEvent, GiftCard};
use tokio::sync::broadcast;
use tokio::time::timeout;

/// How long a test waits for the next event. On a paused clock an hour costs
/// nothing: the runtime jumps from timer to timer while every task waits.
pub const HOUR: Duration = Duration::from_secs(60 * 60);

pub fn ada_card() -> GiftCard {
    GiftCard {
        id: 1,
        to: "ada@example.com".to_string(),
    }
}

pub fn bob_card() -> GiftCard {
    GiftCard {
        id: 2,
        to: "bob@example.com".to_string(),
    }
}

pub fn email_to_ada() -> Email {
    Email {
        to: "ada@example.com".to_string(),
        code: "GIFT-0001".to_string(),
    }
}

/// Opens a desk over `relay`, subscribed to its news before anything is
/// bought: a subscription hears only what comes after it.
pub fn open(relay: &MailRelay) -> (GiftCardDesk, broadcast::Receiver<CardEvent>) {
    let (events, heard) = broadcast::channel(16);
    (GiftCardDesk::open(relay.clone(), events), heard)
}

/// The next event the desk announces.
pub async fn next(heard: &mut broadcast::Receiver<CardEvent>) -> CardEvent {
    timeout(HOUR, heard.recv())
        .await
        .expect("nothing was announced within an hour")
        .expect("the desk's channel closed")
}
