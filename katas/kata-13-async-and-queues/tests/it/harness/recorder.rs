//! Step 1: the recorder, which keeps every event the shop publishes.
//!
//! `kata_13::bus::EventBus` is a tokio broadcast channel: `bus.subscribe()`
//! gives a `tokio::sync::broadcast::Receiver` of your own.

use kata_13::bus::EventBus;
use kata_13::events::OrderEvent;

/// Records every event published on a bus from the moment it starts, in the
/// order they were published.
///
/// Add the fields it needs inside the `{ }`.
pub struct Recorder {}

impl Recorder {
    /// Starts recording what `bus` publishes from now on.
    pub fn start(bus: &EventBus) -> Recorder {
        let _ = bus; // Only keeps the compiler quiet until you use `bus`.
        todo!(
            "kata 13, step 1: write Recorder::start in tests/it/harness/recorder.rs, and add \
             the fields the recorder needs: from this moment on, it must hear every event the \
             bus publishes"
        )
    }

    /// Every event published since the recorder started, oldest first. It
    /// does not wait: what is not published yet is not there.
    ///
    /// Panics if the recorder fell so far behind that the bus dropped events
    /// before it read them, and says how many.
    pub fn events(&mut self) -> &[OrderEvent] {
        todo!(
            "kata 13, step 1: write Recorder::events in tests/it/harness/recorder.rs: every event \
             since the start, oldest first, without waiting for more"
        )
    }

    /// Waits for the next event that is not recorded yet, records it, and
    /// returns it. `None` when the bus is gone and nothing more can come.
    pub async fn record_next(&mut self) -> Option<&OrderEvent> {
        todo!(
            "kata 13, step 1: write Recorder::record_next in tests/it/harness/recorder.rs: wait \
             for one more event, record it and return it"
        )
    }
}
