//! How the client is set up: how long it waits for an answer, and how it
//! retries.

use std::time::Duration;

use crate::retry::RetryPolicy;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// How long one attempt may take, from connecting until the last byte of
    /// the answer's body. Without one, a carrier that never answers holds
    /// the shop's request, and the customer waiting for it, forever.
    pub timeout: Duration,
    pub retry: RetryPolicy,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            timeout: Duration::from_secs(5),
            retry: RetryPolicy::default(),
        }
    }
}
