//! Timeouts for the tests, and a guard against a client that hangs.

use std::time::Duration;

/// For a provider that never answers: the client's timeout is the only way
/// the call can end, so it can be short.
pub const SHORT: Duration = Duration::from_millis(20);

/// For a provider that answers at once: no pause of a loaded machine is
/// this long.
pub const GENEROUS: Duration = Duration::from_secs(10);

/// How long a test waits for a client that should time out, before it fails
/// instead of hanging the run: a hundred times `SHORT`. (The chapter's is
/// five seconds; this one is shorter so that the quiz's broken versions
/// finish sooner.)
pub const GUARD: Duration = Duration::from_secs(2);

/// `future`'s output, or a failed test if it takes longer than `guard`.
pub async fn within<F: Future>(guard: Duration, future: F) -> F::Output {
    tokio::time::timeout(guard, future)
        .await
        .unwrap_or_else(|_| {
            panic!("the client had no answer after {guard:?}: does it have a timeout?")
        })
}
