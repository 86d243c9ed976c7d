//! The chapter's examples: the refund desk (`src/refunds.rs`), a background
//! job of its own, tested with this chapter's techniques, on other events
//! than the kata's. Complete: these tests pass from the start.

use std::time::Duration;

use kata_13::refunds::{PaymentProvider, RETRY_AFTER, Refund, RefundDesk, RefundEvent};
use tokio::sync::broadcast;
use tokio::time::{self, Instant, timeout};

/// How long these examples wait for something that should come at once.
const PATIENCE: Duration = Duration::from_secs(1);

const REFUND: Refund = Refund { id: 7, cents: 1250 };

// ANCHOR: announced
#[tokio::test]
async fn a_refund_is_announced_once_the_provider_has_paid_it() {
    // Subscribe before the action: a subscription hears only what comes after.
    let (events, mut heard) = broadcast::channel(16);
    let provider = PaymentProvider::default();
    let desk = RefundDesk::open(provider.clone(), events);

    desk.ask(REFUND).await;

    // No sleep: this wakes the moment the event is sent, and gives up after
    // a second if it never is.
    let event = timeout(PATIENCE, heard.recv())
        .await
        .expect("refund 7 was not announced within 1 s")
        .expect("the desk's channel closed");
    assert_eq!(event, RefundEvent::Refunded(REFUND));
    assert_eq!(provider.paid_back(), [REFUND]);
}
// ANCHOR_END: announced

// ANCHOR: close
#[tokio::test]
async fn closing_the_desk_pays_back_the_refunds_already_asked_for() {
    let (events, mut heard) = broadcast::channel(16);
    let provider = PaymentProvider::default();
    let desk = RefundDesk::open(provider.clone(), events);
    let refunds = [1, 2, 3].map(|id| Refund { id, cents: 500 });
    for refund in refunds {
        desk.ask(refund).await;
    }

    // Close the queue, then wait, with a deadline, for the task to end.
    timeout(PATIENCE, desk.close())
        .await
        .expect("the desk had not finished its refunds after 1 s")
        .expect("the desk's task failed");

    // The task is over: all it will ever announce is in the channel now.
    let mut announced = Vec::new();
    while let Ok(event) = heard.try_recv() {
        announced.push(event);
    }
    assert_eq!(announced, refunds.map(RefundEvent::Refunded));
    assert_eq!(provider.paid_back(), refunds);
}
// ANCHOR_END: close

// ANCHOR: auto_advance
#[tokio::test(start_paused = true)]
async fn a_refund_is_tried_again_two_minutes_after_the_provider_was_down() {
    let (events, mut heard) = broadcast::channel(16);
    let provider = PaymentProvider::default();
    provider.down_for_next(1);
    let desk = RefundDesk::open(provider.clone(), events);
    let started = Instant::now();

    desk.ask(REFUND).await;

    let first = timeout(PATIENCE, heard.recv()).await.unwrap().unwrap();
    assert_eq!(first, RefundEvent::ProviderDown(REFUND));
    // Ten minutes of patience cost nothing on a paused clock: while every
    // task waits, the runtime jumps straight to the next timer, the desk's.
    let second = timeout(Duration::from_secs(10 * 60), heard.recv())
        .await
        .expect("no second attempt within 10 minutes")
        .unwrap();
    assert_eq!(second, RefundEvent::Refunded(REFUND));
    assert_eq!(started.elapsed(), RETRY_AFTER);
}
// ANCHOR_END: auto_advance

// ANCHOR: advance
#[tokio::test(start_paused = true)]
async fn the_desk_does_not_ask_again_before_two_minutes_have_passed() {
    let (events, mut heard) = broadcast::channel(16);
    let provider = PaymentProvider::default();
    provider.down_for_next(1);
    let desk = RefundDesk::open(provider.clone(), events);
    desk.ask(REFUND).await;
    let first = timeout(PATIENCE, heard.recv()).await.unwrap().unwrap();
    assert_eq!(first, RefundEvent::ProviderDown(REFUND));

    // Jump to a second before the retry is due...
    time::advance(RETRY_AFTER - Duration::from_secs(1)).await;
    // ...and watch half a second more: nothing may come in that window.
    let early = timeout(Duration::from_millis(500), heard.recv()).await;
    assert!(early.is_err(), "the desk asked again too early: {early:?}");
    assert_eq!(provider.paid_back(), []);

    // Past the two minutes, the retry comes.
    time::advance(Duration::from_secs(1)).await;
    let second = timeout(PATIENCE, heard.recv()).await.unwrap().unwrap();
    assert_eq!(second, RefundEvent::Refunded(REFUND));
}
// ANCHOR_END: advance
