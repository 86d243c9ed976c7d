//! How many times the client tries, how long it waits between two attempts,
//! and what does the waiting.

use std::future::Future;
use std::time::Duration;

/// What the client is allowed to do when an attempt fails.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first one included: 1 means "never retry".
    pub max_attempts: u32,
    /// The wait before the first retry. It doubles for each retry after.
    pub first_delay: Duration,
    /// No wait is ever longer than this: not the backoff, and not a
    /// `Retry-After` the carrier asks for.
    pub max_delay: Duration,
}

impl RetryPolicy {
    /// One attempt, and no retry.
    pub fn never() -> RetryPolicy {
        RetryPolicy {
            max_attempts: 1,
            first_delay: Duration::ZERO,
            max_delay: Duration::ZERO,
        }
    }

    /// The backoff: the wait before retry number `retry` (1 for the first
    /// retry, which is the second attempt). `first_delay`, doubled for each
    /// retry after the first, and never more than `max_delay`.
    pub fn backoff(&self, retry: u32) -> Duration {
        let doublings = retry.saturating_sub(1).min(31);
        self.first_delay
            .saturating_mul(1 << doublings)
            .min(self.max_delay)
    }
}

impl Default for RetryPolicy {
    /// Three attempts, 200 ms and 400 ms apart, and never a wait of more than
    /// two seconds.
    fn default() -> RetryPolicy {
        RetryPolicy {
            max_attempts: 3,
            first_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(2),
        }
    }
}

// ANCHOR: pause
/// What waits between two attempts. The client never sleeps by itself: it
/// asks its `Pause`. The real one, [`Sleep`], sleeps; a test gives the client
/// one that writes the delay down and returns at once, so that a test of
/// five retries takes no time, and can check every wait.
pub trait Pause: Send + Sync {
    fn pause(&self, delay: Duration) -> impl Future<Output = ()> + Send;
}

/// The pause of production: a real `tokio::time::sleep`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Sleep;

impl Pause for Sleep {
    async fn pause(&self, delay: Duration) {
        tokio::time::sleep(delay).await;
    }
}
// ANCHOR_END: pause
