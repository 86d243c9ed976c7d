//! A relay that refuses, and when the desk asks it again.

use std::time::Duration;

use quiz_13::CardEvent::{Issued, Refused, Sent, SetAside};
use quiz_13::relay::MailRelay;
use tokio::time::Instant;

use crate::support::{ada_card, email_to_ada, next, open};

// ANCHOR: in_order
#[tokio::test(start_paused = true)]
async fn a_card_is_sent_once_the_relay_takes_it() {
    let relay = MailRelay::new();
    relay.refuse_next(2);
    let (desk, mut heard) = open(&relay);

    desk.buy(ada_card()).await;

    assert_eq!(next(&mut heard).await, Issued(1));
    assert_eq!(
        next(&mut heard).await,
        Refused {
            card: 1,
            attempt: 1
        }
    );
    assert_eq!(
        next(&mut heard).await,
        Refused {
            card: 1,
            attempt: 2
        }
    );
    assert_eq!(next(&mut heard).await, Sent(1));
    assert_eq!(relay.delivered(), [email_to_ada()]);
}
// ANCHOR_END: in_order

// ANCHOR: one_then_two
#[tokio::test(start_paused = true)]
async fn the_relay_is_asked_again_after_one_minute_then_two() {
    let relay = MailRelay::new();
    relay.refuse_next(2);
    let (desk, mut heard) = open(&relay);
    let start = Instant::now();

    desk.buy(ada_card()).await;

    while next(&mut heard).await != Sent(1) {}
    let asked: Vec<Duration> = relay.asked_at().iter().map(|at| *at - start).collect();
    // At once; a minute later; two minutes after that.
    assert_eq!(asked, [0, 60, 180].map(Duration::from_secs));
}
// ANCHOR_END: one_then_two

// ANCHOR: first_retry
#[tokio::test(start_paused = true)]
async fn the_first_retry_waits_a_minute() {
    let relay = MailRelay::new();
    relay.refuse_next(2);
    let (desk, mut heard) = open(&relay);
    let start = Instant::now();

    desk.buy(ada_card()).await;

    while next(&mut heard).await != Sent(1) {}
    assert_eq!(relay.asked_at()[1] - start, Duration::from_secs(60));
}
// ANCHOR_END: first_retry

// ANCHOR: within_five_minutes
#[tokio::test(start_paused = true)]
async fn the_card_is_sent_within_five_minutes() {
    let relay = MailRelay::new();
    relay.refuse_next(2);
    let (desk, mut heard) = open(&relay);
    let start = Instant::now();

    desk.buy(ada_card()).await;

    while next(&mut heard).await != Sent(1) {}
    let took = start.elapsed();
    assert!(took <= Duration::from_secs(5 * 60), "sent after {took:?}");
}
// ANCHOR_END: within_five_minutes

// ANCHOR: set_aside
#[tokio::test(start_paused = true)]
async fn a_card_the_relay_keeps_refusing_is_set_aside() {
    let relay = MailRelay::new();
    relay.refuse_next(3);
    let (desk, mut heard) = open(&relay);

    desk.buy(ada_card()).await;

    assert_eq!(next(&mut heard).await, Issued(1));
    for attempt in 1..=3 {
        assert_eq!(next(&mut heard).await, Refused { card: 1, attempt });
    }
    assert_eq!(next(&mut heard).await, SetAside(1));
    assert_eq!(relay.delivered(), []);
}
// ANCHOR_END: set_aside
