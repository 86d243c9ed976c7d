//! Step 3: stopping the worker, and proving that nothing is left in flight.

use std::fmt;
use std::time::Duration;

use kata_13::events::{OrderEvent, OrderId};

use super::TestShop;

/// How long `shut_down` gives the worker to stop.
pub const SHUTDOWN_WITHIN: Duration = Duration::from_secs(1);

/// How every order the test paid for ended, each list in order. Given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Drained {
    /// Confirmed and sold: the order's `StockCommitted` was published.
    pub completed: Vec<OrderId>,
    /// Given up on: the order's `DeadLettered` was published.
    pub dead_lettered: Vec<OrderId>,
    /// Waiting for a retry when the worker stopped: in the worker's report.
    pub handed_back: Vec<OrderId>,
}

/// Why a shutdown could not prove that nothing is in flight. Given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShutdownError {
    /// The worker's task had not ended after `waited`, and was aborted.
    /// `in_flight`: the paid orders that had not ended yet.
    DidNotStop {
        waited: Duration,
        in_flight: Vec<OrderId>,
    },
    /// The worker ended, but these paid orders did not: no outcome at all.
    LeftInFlight(Vec<OrderId>),
    /// These orders ended more than once.
    EndedTwice(Vec<OrderId>),
    /// The worker's task ended without its report: it was aborted, or it
    /// panicked. `why` is what its `JoinHandle` said.
    #[allow(
        dead_code,
        reason = "your TestShop::try_shut_down returns it; until then, nothing does"
    )]
    NoReport { why: String },
}

impl fmt::Display for ShutdownError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShutdownError::DidNotStop { waited, in_flight } => write!(
                f,
                "the worker had not stopped after {waited:?}, and was aborted; still in flight: \
                 {}",
                list(in_flight)
            ),
            ShutdownError::LeftInFlight(orders) => write!(
                f,
                "the worker stopped, but {} neither completed, nor went to the dead letters, nor \
                 came back in the worker's report: lost",
                list(orders)
            ),
            ShutdownError::EndedTwice(orders) => {
                write!(f, "{} ended more than once", list(orders))
            }
            ShutdownError::NoReport { why } => write!(
                f,
                "the worker's task ended without its report ({why}): whatever it still held \
                 is gone, and nobody can say which orders ended"
            ),
        }
    }
}

impl std::error::Error for ShutdownError {}

fn list(orders: &[OrderId]) -> String {
    if orders.is_empty() {
        return "none".to_string();
    }
    let names: Vec<String> = orders.iter().map(OrderId::to_string).collect();
    names.join(", ")
}

impl TestShop {
    /// Stops the worker gracefully, waits at most `within` for its task to
    /// end, and then proves that every order paid for in this shop ended
    /// exactly once. The worker is `self.worker`, and the orders paid for
    /// are in `self.paid`.
    ///
    /// Every way it can go wrong is an `Err` the test can show, not a panic:
    /// a worker that does not stop in time, a task that ends without its
    /// report, books that do not balance.
    pub async fn try_shut_down(self, within: Duration) -> Result<Drained, ShutdownError> {
        todo!(
            "kata 13, step 3: write TestShop::try_shut_down in tests/it/harness/shutdown.rs: stop \
             the worker, wait at most {within:?} for its task to end, then account for the {} \
             paid orders",
            self.paid.len()
        )
    }

    /// Given: [`try_shut_down`](TestShop::try_shut_down) within
    /// [`SHUTDOWN_WITHIN`], which fails the test if it cannot prove that
    /// nothing is left in flight.
    pub async fn shut_down(self) -> Drained {
        self.try_shut_down(SHUTDOWN_WITHIN)
            .await
            .unwrap_or_else(|error| panic!("\n{error}\n"))
    }
}

/// Balances the books: every order in `paid` must have exactly one outcome,
/// found in `events` (a `StockCommitted` or a `DeadLettered`) or in
/// `handed_back`.
pub fn account_for(
    paid: &[OrderId],
    events: &[OrderEvent],
    handed_back: &[OrderId],
) -> Result<Drained, ShutdownError> {
    let _ = (events, handed_back); // Only keeps the compiler quiet until you use them.
    todo!(
        "kata 13, step 3: write account_for in tests/it/harness/shutdown.rs: each of the {} paid \
         orders must have exactly one outcome",
        paid.len()
    )
}
