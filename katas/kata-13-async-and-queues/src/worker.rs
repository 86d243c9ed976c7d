//! The background worker: takes paid orders off the job queue, sends each
//! one's confirmation and sells its stock.
//!
//! A confirmation the mail server refuses (or does not answer in time) is
//! tried again [`RETRY_DELAY`] later, without holding up the jobs behind it.
//! After [`MAX_ATTEMPTS`] failures the job goes on the dead-letter list.
//!
//! The worker stops when asked ([`Worker::stop`]) or when every sender of its
//! queue is gone. Stopping is graceful: it takes no new job, finishes the ones
//! already queued, and hands back, in its [`WorkerReport`], the jobs that were
//! waiting for a retry, so that nothing is lost.

use std::time::Duration;

use tokio::sync::{mpsc, watch};
use tokio::task::JoinHandle;
use tokio::time::{Instant, sleep_until, timeout};

use crate::bus::EventBus;
use crate::dead_letters::{DeadLetter, DeadLetters};
use crate::events::{OrderEvent, OrderId};
use crate::mail::{Email, MailServer};
use crate::stock::Stock;

/// How long the worker waits before it tries a failed confirmation again.
pub const RETRY_DELAY: Duration = Duration::from_secs(30);

/// How many times the worker tries to send a confirmation before it gives up.
pub const MAX_ATTEMPTS: u32 = 3;

/// How long the worker waits for the mail server's answer; no answer in time
/// counts as a failed attempt.
pub const MAIL_TIMEOUT: Duration = Duration::from_secs(10);

/// One paid order's work: its confirmation, then its stock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub order: OrderId,
    pub customer: String,
    /// The number of the attempt this job is waiting for: 1 for a new job.
    pub attempt: u32,
}

/// What the worker says when it ends.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorkerReport {
    /// Jobs that were waiting for a retry when the worker stopped. They are
    /// handed back rather than dropped: a shop that restarts could queue them
    /// again.
    pub handed_back: Vec<Job>,
}

/// The running worker: a tokio task, and the switch that asks it to stop.
#[derive(Debug)]
pub struct Worker {
    stop: watch::Sender<bool>,
    task: JoinHandle<WorkerReport>,
}

impl Worker {
    pub(crate) fn spawn(jobs: mpsc::Receiver<Job>, parts: WorkerParts) -> Worker {
        let (stop, stop_requested) = watch::channel(false);
        let task = tokio::spawn(run(jobs, stop_requested, parts));
        Worker { stop, task }
    }

    /// Asks the worker to stop. It returns at once; the worker takes no new
    /// job, finishes the ones already queued (the one it is working on
    /// included), and then its task ends with a [`WorkerReport`].
    pub fn stop(&self) {
        self.stop.send_replace(true);
    }

    /// The worker's task: await it for the report once the worker stops, or
    /// `abort` it to stop it at once, whatever it is doing.
    pub fn task(&mut self) -> &mut JoinHandle<WorkerReport> {
        &mut self.task
    }
}

/// What the worker works with.
#[derive(Debug, Clone)]
pub(crate) struct WorkerParts {
    pub bus: EventBus,
    pub mail: MailServer,
    pub stock: Stock,
    pub dead_letters: DeadLetters,
}

async fn run(
    mut jobs: mpsc::Receiver<Job>,
    mut stop_requested: watch::Receiver<bool>,
    parts: WorkerParts,
) -> WorkerReport {
    // ANCHOR: loop
    // Jobs waiting for their next attempt, with the time it is due. The
    // worker keeps them itself rather than sleeping on each one, so a failing
    // confirmation never holds up the queue behind it.
    let mut retries: Vec<(Instant, Job)> = Vec::new();
    let mut stopping = false;
    loop {
        let next_retry = retries.iter().map(|(due, _)| *due).min();
        tokio::select! {
            // A stop request first, then retries that are due, then new jobs.
            biased;
            // Also ready when the `Worker` was dropped: no one can ask for a
            // stop any more, so stop now.
            () = stop_asked(&mut stop_requested), if !stopping => {
                stopping = true;
                // No new jobs from now on; the ones already queued are still
                // received below, and `recv` returns `None` after the last.
                jobs.close();
            }
            () = sleep_until(next_retry.unwrap_or_else(Instant::now)),
                if next_retry.is_some() && !stopping =>
            {
                let now = Instant::now();
                let (due, later): (Vec<_>, Vec<_>) =
                    retries.drain(..).partition(|(at, _)| *at <= now);
                retries = later;
                for (_, job) in due {
                    retries.extend(attempt(&parts, job).await);
                }
            }
            job = jobs.recv() => match job {
                Some(job) => retries.extend(attempt(&parts, job).await),
                None => break,
            },
        }
    }
    WorkerReport {
        handed_back: retries.into_iter().map(|(_, job)| job).collect(),
    }
    // ANCHOR_END: loop
}

/// Returns once a stop was asked for, or once nobody can ask any more.
async fn stop_asked(stop_requested: &mut watch::Receiver<bool>) {
    // The result is a borrow of the value (or the news that the sender is
    // gone); either way there is nothing more to read from it.
    let _ = stop_requested.wait_for(|stop| *stop).await;
}

/// One attempt at a job. Returns the job's next attempt, with the time it is
/// due, if it failed and attempts are left.
async fn attempt(parts: &WorkerParts, job: Job) -> Option<(Instant, Job)> {
    let email = Email {
        to: job.customer.clone(),
        subject: format!("Your {} is confirmed", job.order),
    };
    let sent = match timeout(MAIL_TIMEOUT, parts.mail.send(email)).await {
        Ok(result) => result.map_err(|error| error.to_string()),
        Err(_) => Err(format!(
            "the mail server did not answer within {MAIL_TIMEOUT:?}"
        )),
    };
    let order = job.order;
    match sent {
        Ok(()) => {
            parts.bus.publish(OrderEvent::ConfirmationSent {
                order,
                to: job.customer,
            });
            // The order was paid, so its hold is there until this commit.
            if let Some((sku, quantity)) = parts.stock.commit(order) {
                parts.bus.publish(OrderEvent::StockCommitted {
                    order,
                    sku,
                    quantity,
                });
            }
            None
        }
        Err(error) => {
            parts.bus.publish(OrderEvent::AttemptFailed {
                order,
                attempt: job.attempt,
                error: error.clone(),
            });
            if job.attempt < MAX_ATTEMPTS {
                let next = Job {
                    attempt: job.attempt + 1,
                    ..job
                };
                return Some((Instant::now() + RETRY_DELAY, next));
            }
            parts.dead_letters.push(DeadLetter {
                order,
                customer: job.customer,
                attempts: job.attempt,
                last_error: error,
            });
            parts.bus.publish(OrderEvent::DeadLettered {
                order,
                attempts: job.attempt,
            });
            None
        }
    }
}
