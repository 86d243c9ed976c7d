//! Step 1: the recorder, which keeps every event the shop publishes.

use kata_13::bus::EventBus;
use kata_13::events::OrderEvent;
use tokio::sync::broadcast::Receiver;
use tokio::sync::broadcast::error::{RecvError, TryRecvError};

/// Records every event published on a bus from the moment it starts, in the
/// order they were published.
///
/// It holds a subscription of its own and reads it only when asked, so it
/// needs no task of its own, and what it has recorded never changes behind a
/// test's back.
pub struct Recorder {
    subscription: Receiver<OrderEvent>,
    seen: Vec<OrderEvent>,
}

impl Recorder {
    /// Starts recording what `bus` publishes from now on.
    pub fn start(bus: &EventBus) -> Recorder {
        // Subscribe here and now: a subscription only receives what is
        // published after it exists.
        Recorder {
            subscription: bus.subscribe(),
            seen: Vec::new(),
        }
    }

    /// Every event published since the recorder started, oldest first. It
    /// does not wait: what is not published yet is not there.
    ///
    /// Panics if the recorder fell so far behind that the bus dropped events
    /// before it read them.
    pub fn events(&mut self) -> &[OrderEvent] {
        loop {
            match self.subscription.try_recv() {
                Ok(event) => self.seen.push(event),
                Err(TryRecvError::Empty | TryRecvError::Closed) => break,
                Err(TryRecvError::Lagged(missed)) => self.missed(missed),
            }
        }
        &self.seen
    }

    /// Waits for the next event that is not recorded yet, records it, and
    /// returns it. `None` when the bus is gone and nothing more can come.
    pub async fn record_next(&mut self) -> Option<&OrderEvent> {
        match self.subscription.recv().await {
            Ok(event) => {
                self.seen.push(event);
                self.seen.last()
            }
            Err(RecvError::Closed) => None,
            Err(RecvError::Lagged(missed)) => self.missed(missed),
        }
    }

    /// A recorder with a hole in it would let a test pass or fail for the
    /// wrong reason: stop the test instead.
    fn missed(&self, missed: u64) -> ! {
        panic!(
            "the recorder missed {missed} events: the bus dropped them before the recorder read \
             them (after the {} it had recorded). Read the events more often, or give the bus \
             more room with EventBus::with_capacity.",
            self.seen.len()
        )
    }
}
