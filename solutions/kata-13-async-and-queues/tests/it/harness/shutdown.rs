//! Step 3: stopping the worker, and proving that nothing is left in flight.

use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

use kata_13::events::{OrderEvent, OrderId};
use tokio::time::timeout;

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
    /// exactly once.
    ///
    /// Every way it can go wrong is an `Err` the test can show, not a panic:
    /// a worker that does not stop in time, a task that ends without its
    /// report, books that do not balance.
    pub async fn try_shut_down(mut self, within: Duration) -> Result<Drained, ShutdownError> {
        self.worker.stop();
        let task = self.worker.task();
        let report = match timeout(within, &mut *task).await {
            Ok(Ok(report)) => report,
            // Aborted or panicked: no report, so nothing can be proved.
            Ok(Err(error)) => {
                return Err(ShutdownError::NoReport {
                    why: error.to_string(),
                });
            }
            Err(_) => {
                // Don't leave it running into the next test's time.
                task.abort();
                let in_flight = match account_for(&self.paid, self.events.events(), &[]) {
                    Err(ShutdownError::LeftInFlight(orders)) => orders,
                    _ => Vec::new(),
                };
                return Err(ShutdownError::DidNotStop {
                    waited: within,
                    in_flight,
                });
            }
        };
        // The task has ended, so everything the worker will ever publish is
        // on the bus now: the record is complete.
        let handed_back: Vec<OrderId> = report.handed_back.iter().map(|job| job.order).collect();
        account_for(&self.paid, self.events.events(), &handed_back)
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
    let mut drained = Drained {
        handed_back: handed_back.to_vec(),
        ..Drained::default()
    };
    for event in events {
        match event {
            OrderEvent::StockCommitted { order, .. } => drained.completed.push(*order),
            OrderEvent::DeadLettered { order, .. } => drained.dead_lettered.push(*order),
            _ => {}
        }
    }
    let mut outcomes: BTreeMap<OrderId, usize> = BTreeMap::new();
    for order in drained
        .completed
        .iter()
        .chain(&drained.dead_lettered)
        .chain(&drained.handed_back)
    {
        *outcomes.entry(*order).or_default() += 1;
    }
    let twice: Vec<OrderId> = outcomes
        .iter()
        .filter(|&(_, &count)| count > 1)
        .map(|(order, _)| *order)
        .collect();
    if !twice.is_empty() {
        return Err(ShutdownError::EndedTwice(twice));
    }
    let lost: Vec<OrderId> = paid
        .iter()
        .filter(|order| !outcomes.contains_key(order))
        .copied()
        .collect();
    if !lost.is_empty() {
        return Err(ShutdownError::LeftInFlight(lost));
    }
    drained.completed.sort();
    drained.dead_lettered.sort();
    drained.handed_back.sort();
    Ok(drained)
}
