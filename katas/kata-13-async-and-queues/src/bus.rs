//! The event bus: publish/subscribe on a tokio broadcast channel.

use tokio::sync::broadcast;

use crate::events::OrderEvent;

/// How many of the latest events the bus keeps for subscribers to read.
pub const DEFAULT_CAPACITY: usize = 256;

/// Where the shop announces what it did. Every subscriber gets its own copy of
/// every event published after it subscribed (fan-out); the publisher never
/// waits for anyone, and never knows who listens.
///
/// A clone publishes on the same bus.
#[derive(Debug, Clone)]
pub struct EventBus {
    sender: broadcast::Sender<OrderEvent>,
}

impl EventBus {
    pub fn new() -> EventBus {
        EventBus::with_capacity(DEFAULT_CAPACITY)
    }

    /// A bus that keeps the last `capacity` events, in one buffer that every
    /// subscriber reads from. A subscriber more than `capacity` events behind
    /// has lost the oldest ones: its next `recv` says how many with
    /// `RecvError::Lagged`.
    pub fn with_capacity(capacity: usize) -> EventBus {
        let (sender, _) = broadcast::channel(capacity);
        EventBus { sender }
    }

    // ANCHOR: publish
    pub fn publish(&self, event: OrderEvent) {
        // `send` fails only when nobody subscribes. Nobody listening is normal
        // for publish/subscribe: the event is simply not kept.
        let _ = self.sender.send(event);
    }

    /// A new subscription: it receives the events published from now on, not
    /// the ones before.
    pub fn subscribe(&self) -> broadcast::Receiver<OrderEvent> {
        self.sender.subscribe()
    }
    // ANCHOR_END: publish
}

impl Default for EventBus {
    fn default() -> EventBus {
        EventBus::new()
    }
}
