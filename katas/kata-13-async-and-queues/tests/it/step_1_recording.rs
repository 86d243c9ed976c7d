//! Step 1: the recorder (`harness/recorder.rs`).
//!
//! These tests publish on a bus themselves: nothing runs in the background
//! yet, so what the recorder should hold is exactly what the test published.

use std::panic::{self, AssertUnwindSafe};
use std::time::Duration;

use kata_13::bus::EventBus;
use kata_13::events::{OrderEvent, OrderId};
use tokio::time::timeout;

use crate::harness::Recorder;
use crate::steps::panic_text;

fn placed(order: u64) -> OrderEvent {
    OrderEvent::OrderPlaced {
        order: OrderId(order),
        sku: "MUG".to_string(),
        quantity: 1,
    }
}

fn paid(order: u64) -> OrderEvent {
    OrderEvent::OrderPaid {
        order: OrderId(order),
    }
}

#[test]
fn the_recorder_keeps_every_event_in_the_order_it_was_published() {
    let bus = EventBus::new();
    let mut recorder = Recorder::start(&bus);

    bus.publish(placed(1));
    bus.publish(paid(1));
    bus.publish(placed(2));

    assert_eq!(
        recorder.events(),
        [placed(1), paid(1), placed(2)],
        "\n`events()` should return every event published since the recorder started,\n\
         oldest first.\n",
    );
    bus.publish(paid(2));
    assert_eq!(
        recorder.events(),
        [placed(1), paid(1), placed(2), paid(2)],
        "\n`events()` returns everything since the start, not only what is new since the\n\
         last call: keep what you have read.\n",
    );
}

#[test]
fn the_recorder_hears_what_is_published_after_it_starts_and_nothing_before() {
    let bus = EventBus::new();
    bus.publish(placed(1));

    let mut recorder = Recorder::start(&bus);
    bus.publish(placed(2));

    assert_eq!(
        recorder.events(),
        [placed(2)],
        "\nA subscription hears only what is published after it exists. The recorder must\n\
         subscribe in `Recorder::start`, at once, so that a test that starts it before an\n\
         action hears everything the action publishes.\n",
    );
}

#[test]
fn every_recorder_gets_its_own_copy_of_every_event() {
    let bus = EventBus::new();
    let mut first = Recorder::start(&bus);
    let mut second = Recorder::start(&bus);

    bus.publish(placed(1));
    bus.publish(paid(1));

    assert_eq!(first.events(), [placed(1), paid(1)]);
    assert_eq!(
        second.events(),
        [placed(1), paid(1)],
        "\nThe bus fans out: every subscriber gets every event, and reading it in one\n\
         recorder takes nothing away from another.\n",
    );
}

#[test]
fn a_recorder_that_falls_behind_says_how_many_events_it_missed() {
    // This bus keeps 4 events for a subscriber that has not read them.
    let bus = EventBus::with_capacity(4);
    let mut recorder = Recorder::start(&bus);
    for order in 1..=10 {
        bus.publish(placed(order));
    }

    let outcome = panic::catch_unwind(AssertUnwindSafe(|| recorder.events().to_vec()));

    let payload = match outcome {
        Err(payload) => payload,
        Ok(events) => panic!(
            "\nThe bus keeps 4 unread events, and 10 were published: the recorder lost the 6\n\
             oldest, yet `events()` returned {events:?}\n\
             as if nothing were wrong. A recorder with a hole in it lets a test pass or fail\n\
             for the wrong reason. When the subscription says it lagged, panic, and say how\n\
             many events were missed.\n"
        ),
    };
    let message = panic_text(payload);
    if message.starts_with("not yet implemented") {
        // Still the starter's `todo!`: that message says what to do.
        panic!("{message}");
    }
    assert!(
        message.contains('6'),
        "\n`events()` panicked, which is right, but its message does not say how many events\n\
         were missed (6): {message:?}\n",
    );
}

#[tokio::test]
async fn record_next_waits_for_the_next_event() {
    let bus = EventBus::new();
    let mut recorder = Recorder::start(&bus);
    let publisher = bus.clone();
    // The task runs only once the test waits: the event comes after the call.
    tokio::spawn(async move { publisher.publish(placed(1)) });

    let recorded = timeout(Duration::from_secs(1), recorder.record_next())
        .await
        .expect(
            "\n`record_next` had not returned after 1 s, though an event was published: it\n\
             should wait on the subscription until the next event comes.\n",
        )
        .cloned();

    assert_eq!(recorded, Some(placed(1)));
    assert_eq!(
        recorder.events(),
        [placed(1)],
        "\nThe event that `record_next` returned should be recorded too, in `events()`.\n",
    );
}

#[tokio::test]
async fn record_next_says_so_when_nothing_more_can_come() {
    let bus = EventBus::new();
    let mut recorder = Recorder::start(&bus);
    bus.publish(placed(1));
    drop(bus);

    // What was published before the bus went is still delivered...
    let last = timeout(Duration::from_secs(1), recorder.record_next()).await;
    assert_eq!(last.map(|event| event.cloned()), Ok(Some(placed(1))));
    // ...and then nothing more can come.
    let after = timeout(Duration::from_secs(1), recorder.record_next()).await;
    assert_eq!(
        after.map(|event| event.cloned()),
        Ok(None),
        "\nEvery sender of the bus is gone: no event can ever come. `record_next` should\n\
         return `None` at once, not wait (Err(Elapsed) means it was still waiting after 1 s).\n",
    );
}
