//! The refund desk: a second, smaller background job. The kata does not use
//! it; the chapter shows its techniques on it, so that the chapter's examples
//! are about refunds and the kata's work is about orders. Its tests, in
//! `tests/it/refunds.rs`, are complete.
//!
//! The desk takes refunds off a queue one at a time and asks the payment
//! provider to pay each one back. When the provider is down, the desk waits
//! [`RETRY_AFTER`] and asks again, as often as it takes.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::sync::{broadcast, mpsc};
use tokio::task::JoinHandle;
use tokio::time::sleep;

/// How long the desk waits before it asks a provider that was down again.
pub const RETRY_AFTER: Duration = Duration::from_secs(2 * 60);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refund {
    pub id: u64,
    pub cents: u64,
}

/// What the desk announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefundEvent {
    /// The provider paid the refund back.
    Refunded(Refund),
    /// The provider was down; the desk asks again after [`RETRY_AFTER`].
    ProviderDown(Refund),
}

/// An in-memory payment provider. A clone is the same provider.
#[derive(Debug, Clone, Default)]
pub struct PaymentProvider {
    down_for: Arc<AtomicU32>,
    paid_back: Arc<Mutex<Vec<Refund>>>,
}

impl PaymentProvider {
    /// The next `count` requests fail, as if the provider were down.
    pub fn down_for_next(&self, count: u32) {
        self.down_for.store(count, Ordering::SeqCst);
    }

    /// Every refund paid back so far, in order.
    pub fn paid_back(&self) -> Vec<Refund> {
        self.paid_back
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    fn refund(&self, refund: Refund) -> Result<(), ProviderDown> {
        let down = self
            .down_for
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |left| {
                left.checked_sub(1)
            })
            .is_ok();
        if down {
            return Err(ProviderDown);
        }
        self.paid_back
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(refund);
        Ok(())
    }
}

#[derive(Debug)]
struct ProviderDown;

/// The running desk: its queue, and its task.
#[derive(Debug)]
pub struct RefundDesk {
    requests: mpsc::Sender<Refund>,
    task: JoinHandle<()>,
}

impl RefundDesk {
    /// Starts the desk's task, which announces what it does on `events`.
    pub fn open(provider: PaymentProvider, events: broadcast::Sender<RefundEvent>) -> RefundDesk {
        let (requests, queue) = mpsc::channel(16);
        let task = tokio::spawn(work(queue, provider, events));
        RefundDesk { requests, task }
    }

    /// Queues a refund; the desk pays it back later.
    pub async fn ask(&self, refund: Refund) {
        self.requests
            .send(refund)
            .await
            .expect("the desk's task runs until the desk is closed");
    }

    /// Closes the queue: the desk takes no new refund, and pays back the
    /// ones already asked for. Its task ends after the last; await the
    /// handle to know when.
    pub fn close(self) -> JoinHandle<()> {
        drop(self.requests);
        self.task
    }
}

async fn work(
    mut queue: mpsc::Receiver<Refund>,
    provider: PaymentProvider,
    events: broadcast::Sender<RefundEvent>,
) {
    // `recv` returns `None` once every sender is gone and the queue is empty.
    while let Some(refund) = queue.recv().await {
        while provider.refund(refund).is_err() {
            // Nobody listening is fine: the result of `send` is not needed.
            let _ = events.send(RefundEvent::ProviderDown(refund));
            sleep(RETRY_AFTER).await;
        }
        let _ = events.send(RefundEvent::Refunded(refund));
    }
}
