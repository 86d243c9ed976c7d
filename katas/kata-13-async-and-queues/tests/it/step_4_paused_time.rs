//! Step 4: time, on a paused clock (`harness/clock.rs`, `harness/absence.rs`).
//!
//! The worker retries after 30 seconds, and a reservation lasts 15 minutes.
//! These tests run on a paused clock (`start_paused = true`): virtual time
//! moves only when every task is waiting for a timer, or when the test moves
//! it, so an hour of the shop's time takes a few milliseconds of yours.

use std::time::Duration;

use kata_13::bus::EventBus;
use kata_13::dead_letters::DeadLetter;
use kata_13::events::{OrderEvent, OrderId};
use kata_13::mail::TRY_AGAIN_LATER;
use kata_13::shop::{PayError, RESERVATION_HOLD};
use kata_13::worker::{MAX_ATTEMPTS, RETRY_DELAY};

use crate::harness::{
    CUSTOMER, Drained, KEYBOARD, ON_SHELF, Recorder, TestClock, TestShop, Unexpected,
};
use crate::steps::check_earlier_steps;

/// Long enough, in virtual time, for every timer these tests wait for.
const AN_HOUR: Duration = Duration::from_secs(60 * 60);

fn sold(order: OrderId, quantity: u32) -> OrderEvent {
    OrderEvent::StockCommitted {
        order,
        sku: KEYBOARD.to_string(),
        quantity,
    }
}

fn expired(order: OrderId, quantity: u32) -> OrderEvent {
    OrderEvent::ReservationExpired {
        order,
        sku: KEYBOARD.to_string(),
        quantity,
    }
}

fn failed(order: OrderId, attempt: u32) -> OrderEvent {
    OrderEvent::AttemptFailed {
        order,
        attempt,
        error: format!("the mail server refused the message: {TRY_AGAIN_LATER}"),
    }
}

#[tokio::test(start_paused = true)]
async fn a_refused_confirmation_is_tried_again_30_seconds_later() {
    check_earlier_steps(4).await;
    let clock = TestClock::start();
    let mut shop = TestShop::start();
    shop.mail.refuse_next(1);
    let order = shop.place(KEYBOARD, 1);
    shop.pay(order).await;

    // Time jumps to the worker's retry while the test waits for its outcome.
    let events = shop
        .events
        .until_within("order 1's stock to be sold", AN_HOUR, |events| {
            events.contains(&sold(order, 1))
        })
        .await;

    assert_eq!(
        events[2..],
        [
            failed(order, 1),
            OrderEvent::ConfirmationSent {
                order,
                to: CUSTOMER.to_string()
            },
            sold(order, 1)
        ],
    );
    assert_eq!(
        clock.elapsed(),
        RETRY_DELAY,
        "\nThe second attempt came {:?} after the first, on the test's clock; the worker\n\
         waits 30 s. Measure with tokio's clock: the paused one.\n",
        clock.elapsed(),
    );
    assert_eq!(
        shop.shut_down().await,
        Drained {
            completed: vec![order],
            ..Drained::default()
        }
    );
}

#[tokio::test(start_paused = true)]
async fn a_confirmation_that_keeps_failing_ends_in_the_dead_letters() {
    check_earlier_steps(4).await;
    let clock = TestClock::start();
    let mut shop = TestShop::start();
    shop.mail.refuse_everything();
    let order = shop.place(KEYBOARD, 1);
    shop.pay(order).await;

    let given_up = OrderEvent::DeadLettered {
        order,
        attempts: MAX_ATTEMPTS,
    };
    let events = shop
        .events
        .until_within("order 1 to be dead-lettered", AN_HOUR, |events| {
            events.contains(&given_up)
        })
        .await;

    assert_eq!(
        events[2..],
        [
            failed(order, 1),
            failed(order, 2),
            failed(order, 3),
            given_up.clone()
        ],
    );
    assert_eq!(
        clock.elapsed(),
        2 * RETRY_DELAY,
        "\nThree attempts, 30 s apart: at 0 s, 30 s and 60 s on the test's clock.\n",
    );
    assert_eq!(
        shop.dead_letters.list(),
        [DeadLetter {
            order,
            customer: CUSTOMER.to_string(),
            attempts: MAX_ATTEMPTS,
            last_error: format!("the mail server refused the message: {TRY_AGAIN_LATER}"),
        }],
    );
    assert_eq!(shop.mail.delivered(), []);

    // Paid for, the order keeps its keyboard on hold, for a person to sort
    // out: the 15-minute limit is for orders nobody paid.
    shop.events
        .expect_none("reservation to expire", AN_HOUR, |event| {
            matches!(event, OrderEvent::ReservationExpired { .. })
        })
        .await;
    assert_eq!(shop.stock.held(KEYBOARD), 1);
    assert_eq!(
        shop.shut_down().await,
        Drained {
            dead_lettered: vec![order],
            ..Drained::default()
        }
    );
}

#[tokio::test(start_paused = true)]
async fn a_retry_does_not_hold_up_the_orders_behind_it() {
    check_earlier_steps(4).await;
    let clock = TestClock::start();
    let mut shop = TestShop::start();
    shop.mail.refuse_next(1);
    let first = shop.place(KEYBOARD, 1);
    shop.pay(first).await;
    shop.events
        .until("order 1's first attempt to fail", |events| {
            events.contains(&failed(first, 1))
        })
        .await;

    clock.advance_to(Duration::from_secs(10)).await;
    assert_eq!(
        clock.elapsed(),
        Duration::from_secs(10),
        "\n`advance_to` should move the paused clock to 10 s after the start.\n",
    );
    let second = shop.place(KEYBOARD, 2);
    shop.pay(second).await;
    shop.events
        .until("order 2's stock to be sold", |events| {
            events.contains(&sold(second, 2))
        })
        .await;
    assert_eq!(
        clock.elapsed(),
        Duration::from_secs(10),
        "\nOrder 2 was paid 10 s in, while order 1 waited for its retry: the worker handles\n\
         it at once, without waiting for order 1.\n",
    );

    shop.events
        .until_within("order 1's stock to be sold", AN_HOUR, |events| {
            events.contains(&sold(first, 1))
        })
        .await;
    assert_eq!(clock.elapsed(), RETRY_DELAY);
    assert_eq!(
        shop.shut_down().await,
        Drained {
            completed: vec![first, second],
            ..Drained::default()
        }
    );
}

// ANCHOR: fifteen_minutes
#[tokio::test(start_paused = true)]
async fn an_unpaid_order_gives_its_keyboards_back_after_15_minutes() {
    check_earlier_steps(4).await;
    let clock = TestClock::start();
    let mut shop = TestShop::start();
    let order = shop.place(KEYBOARD, 3);
    assert_eq!(shop.stock.available(KEYBOARD), ON_SHELF - 3);

    shop.events
        .until_within("order 1's reservation to expire", AN_HOUR, |events| {
            events.contains(&expired(order, 3))
        })
        .await;

    assert_eq!(
        clock.elapsed(),
        RESERVATION_HOLD,
        "\nThe reservation should expire 15 minutes after the order, on the test's clock.\n",
    );
    assert_eq!(
        (shop.stock.available(KEYBOARD), shop.stock.held(KEYBOARD)),
        (ON_SHELF, 0),
    );
    assert_eq!(shop.shut_down().await, Drained::default());
}
// ANCHOR_END: fifteen_minutes

#[tokio::test(start_paused = true)]
async fn an_order_paid_a_second_before_the_deadline_keeps_its_keyboards() {
    check_earlier_steps(4).await;
    let clock = TestClock::start();
    let mut shop = TestShop::start();
    let order = shop.place(KEYBOARD, 3);

    clock
        .advance_to(RESERVATION_HOLD - Duration::from_secs(1))
        .await;
    shop.pay(order).await;
    shop.events
        .until("order 1's stock to be sold", |events| {
            events.contains(&sold(order, 3))
        })
        .await;

    shop.events
        .expect_none("reservation to expire", AN_HOUR, |event| {
            matches!(event, OrderEvent::ReservationExpired { .. })
        })
        .await;
    assert_eq!(
        (shop.stock.available(KEYBOARD), shop.stock.held(KEYBOARD)),
        (ON_SHELF - 3, 0),
    );
    assert_eq!(
        shop.shut_down().await,
        Drained {
            completed: vec![order],
            ..Drained::default()
        }
    );
}

#[tokio::test(start_paused = true)]
async fn a_payment_at_15_minutes_is_too_late() {
    check_earlier_steps(4).await;
    let clock = TestClock::start();
    let mut shop = TestShop::start();
    let order = shop.place(KEYBOARD, 3);

    clock.advance_to(RESERVATION_HOLD).await;

    assert_eq!(
        shop.shop.pay(order).await,
        Err(PayError::ReservationExpired(order)),
        "\nThe clock should stand at exactly 15 minutes after the order, where its\n\
         reservation has lapsed, so the payment comes too late. `pay` took it: did\n\
         `advance_to` move the paused clock on to 15 minutes after the start? (The\n\
         test's clock says {:?}.)\n",
        clock.elapsed(),
    );
    shop.events
        .until("order 1's reservation to expire", |events| {
            events.contains(&expired(order, 3))
        })
        .await;
    // Announced once, whether the timer or the late payment found it first;
    // and no job runs for an order that was never paid.
    shop.events
        .expect_none("further event", AN_HOUR, |_| true)
        .await;
    assert_eq!(
        shop.stock.available(KEYBOARD),
        ON_SHELF,
        "\nThe late payment was refused: the three keyboards are back on the shelf.\n",
    );
}

#[tokio::test(start_paused = true)]
async fn expect_none_watches_its_whole_window() {
    check_earlier_steps(4).await;
    let bus = EventBus::new();
    let mut recorder = Recorder::start(&bus);
    let late = OrderEvent::OrderPaid { order: OrderId(7) };
    let publisher = bus.clone();
    let event = late.clone();
    // On the paused clock: order 7 is paid 40 s after the watch begins.
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_secs(40)).await;
        publisher.publish(event);
    });

    let within = Duration::from_secs(60);
    let outcome = recorder
        .try_expect_none("payment of order 7", within, |event| {
            event.order() == OrderId(7)
        })
        .await;

    assert_eq!(
        outcome,
        Err(Unexpected {
            what: "payment of order 7".to_string(),
            within,
            event: late,
        }),
        "\nThe payment came 40 s into a 60 s watch: `try_expect_none` must watch the whole\n\
         window, not look once and return.\n",
    );
}

#[tokio::test(start_paused = true)]
async fn expect_none_counts_only_what_comes_after_it_starts() {
    check_earlier_steps(4).await;
    let bus = EventBus::new();
    let mut recorder = Recorder::start(&bus);
    bus.publish(OrderEvent::OrderPaid { order: OrderId(7) });

    let outcome = recorder
        .try_expect_none("payment of order 7", Duration::from_secs(60), |event| {
            event.order() == OrderId(7)
        })
        .await;

    assert_eq!(
        outcome,
        Ok(()),
        "\nOrder 7 was paid before the watch began: \"nothing from now on\" is not broken by\n\
         what happened before.\n",
    );
}
