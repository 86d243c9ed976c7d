//! The gift-card desk: a queue of cards bought, and the task that mails them.

use std::time::Duration;

use tokio::sync::{broadcast, mpsc};
use tokio::task::{JoinHandle, JoinSet};
use tokio::time::sleep;

use crate::relay::{Email, MailRelay};
use crate::{CardEvent, GiftCard};

/// How long the desk waits after the first refusal; the wait doubles after
/// each one after it.
pub const FIRST_RETRY: Duration = Duration::from_secs(60);

/// How many times the relay is asked before the card is set aside.
pub const ATTEMPTS: u32 = 3;

/// The running desk: its queue, and its task.
#[derive(Debug)]
pub struct GiftCardDesk {
    bought: mpsc::Sender<GiftCard>,
    task: JoinHandle<()>,
}

impl GiftCardDesk {
    /// Starts the desk's task, which announces what it does on `events`.
    pub fn open(relay: MailRelay, events: broadcast::Sender<CardEvent>) -> GiftCardDesk {
        let (bought, queue) = mpsc::channel(16);
        let task = tokio::spawn(work(queue, relay, events));
        GiftCardDesk { bought, task }
    }

    /// Queues a card; the desk issues and mails it later.
    pub async fn buy(&self, card: GiftCard) {
        self.bought
            .send(card)
            .await
            .expect("the desk's task runs until the desk is closed");
    }

    /// Closes the queue: the desk takes no new card, and finishes the ones
    /// already bought, those waiting for another attempt included. Its task
    /// ends after the last; await the handle to know when.
    pub fn close(self) -> JoinHandle<()> {
        drop(self.bought);
        self.task
    }
}

/// A card on its way, and how many times the relay was asked so far.
struct Job {
    card: GiftCard,
    attempts: u32,
}

// ANCHOR: work
async fn work(
    mut queue: mpsc::Receiver<GiftCard>,
    relay: MailRelay,
    events: broadcast::Sender<CardEvent>,
) {
    // Each card waiting for another attempt sleeps in a task of its own, so
    // that the cards bought after it don't wait with it.
    let mut waiting = JoinSet::new();
    let mut open = true;
    loop {
        let job = tokio::select! {
            // A card whose wait is over goes before a new one.
            biased;
            Some(done) = waiting.join_next() => done.expect("a wait never panics"),
            bought = queue.recv(), if open => match bought {
                Some(card) => issue(card, &events),
                None => {
                    open = false;
                    continue;
                }
            },
            else => break,
        };
        if let Some((wait, job)) = attempt(job, &relay, &events).await {
            waiting.spawn(async move {
                sleep(wait).await;
                job
            });
        }
    }
}
// ANCHOR_END: work

fn issue(card: GiftCard, events: &broadcast::Sender<CardEvent>) -> Job {
    announce(events, CardEvent::Issued(card.id));
    Job { card, attempts: 0 }
}

/// Asks the relay once. Answers the job again, with how long to wait before
/// the next attempt, when there is to be one.
async fn attempt(
    mut job: Job,
    relay: &MailRelay,
    events: &broadcast::Sender<CardEvent>,
) -> Option<(Duration, Job)> {
    job.attempts += 1;
    let id = job.card.id;
    if relay.send(email(&job.card)).await.is_ok() {
        announce(events, CardEvent::Sent(id));
        return None;
    }
    let attempt = job.attempts;
    announce(events, CardEvent::Refused { card: id, attempt });
    if attempt < ATTEMPTS {
        return Some((wait_after(attempt), job));
    }
    announce(events, CardEvent::SetAside(id));
    None
}

// ANCHOR: wait_after
/// A minute after the first refusal, two after the second.
fn wait_after(attempt: u32) -> Duration {
    FIRST_RETRY * 2u32.pow(attempt - 1)
}
// ANCHOR_END: wait_after

fn email(card: &GiftCard) -> Email {
    Email {
        to: card.to.clone(),
        code: format!("GIFT-{:04}", card.id),
    }
}

fn announce(events: &broadcast::Sender<CardEvent>, event: CardEvent) {
    // Nobody listening is fine: the desk's work doesn't depend on it.
    let _ = events.send(event);
}
