//! Step 2: waiting, with a deadline (`harness/wait.rs`).
//!
//! From here on the worker runs in the background, and the tests wait for
//! what it publishes. A wait ends the moment its event comes; one that can
//! never succeed gives up at its deadline, and says what it waited for.

use std::time::Duration;

use kata_13::events::{OrderEvent, OrderId};
use kata_13::mail::Email;
use tokio::time::timeout;

use crate::harness::{CUSTOMER, KEYBOARD, MUG, ON_SHELF, TestShop, WaitError};
use crate::steps::check_earlier_steps;

/// The four events of a paid order that goes well, in order.
fn a_good_order(order: OrderId, sku: &str, quantity: u32) -> [OrderEvent; 4] {
    [
        OrderEvent::OrderPlaced {
            order,
            sku: sku.to_string(),
            quantity,
        },
        OrderEvent::OrderPaid { order },
        OrderEvent::ConfirmationSent {
            order,
            to: CUSTOMER.to_string(),
        },
        OrderEvent::StockCommitted {
            order,
            sku: sku.to_string(),
            quantity,
        },
    ]
}

// ANCHOR: confirms
#[tokio::test]
async fn the_worker_confirms_a_paid_order_and_sells_its_stock() {
    check_earlier_steps(2).await;
    let mut shop = TestShop::start();
    let order = shop.place(KEYBOARD, 2);
    shop.pay(order).await;

    let expected = a_good_order(order, KEYBOARD, 2);
    let sold = &expected[3];
    let events = shop
        .events
        .until("order 1's stock to be sold", |events| events.contains(sold))
        .await;

    assert_eq!(events, expected);
    assert_eq!(
        shop.mail.delivered(),
        [Email {
            to: CUSTOMER.to_string(),
            subject: "Your order 1 is confirmed".to_string(),
        }],
    );
    assert_eq!(
        (shop.stock.available(KEYBOARD), shop.stock.held(KEYBOARD)),
        (ON_SHELF - 2, 0),
        "\n(on the shelf, held): two keyboards are sold, none is held any more.\n",
    );
}
// ANCHOR_END: confirms

#[tokio::test]
async fn nth_waits_for_the_nth_event_counting_from_one() {
    check_earlier_steps(2).await;
    let mut shop = TestShop::start();
    let order = shop.place(MUG, 3);
    shop.pay(order).await;
    let [placed, _, _, sold] = a_good_order(order, MUG, 3);

    assert_eq!(
        shop.events.nth(4).await,
        sold,
        "\nThe fourth event of a paid order is its StockCommitted, which the worker\n\
         publishes later: `nth(4)` waits for it.\n",
    );
    assert_eq!(
        shop.events.nth(1).await,
        placed,
        "\nThe first event is `nth(1)`: count from 1.\n",
    );
}

#[tokio::test]
async fn a_wait_that_is_satisfied_already_returns_at_once() {
    check_earlier_steps(2).await;
    let mut shop = TestShop::start();
    let order = shop.place(MUG, 1);
    // The recorder reads the OrderPlaced now, before the wait begins.
    assert_eq!(shop.events.events().len(), 1);

    let result = shop
        .events
        .try_until("order 1 to be placed", Duration::ZERO, |events| {
            events.iter().any(|event| event.order() == order)
        })
        .await;

    assert!(
        result.is_ok(),
        "\nThe event was recorded before the wait began, so even a wait with no time to\n\
         spare must see it: look at what is recorded before you wait for more.\n{result:?}\n",
    );
}

#[tokio::test]
async fn a_wait_that_cannot_succeed_gives_up_in_time_and_says_what_it_waited_for() {
    check_earlier_steps(2).await;
    let mut shop = TestShop::start();
    let order = shop.place(KEYBOARD, 1);
    shop.pay(order).await;
    let expected = a_good_order(order, KEYBOARD, 1);
    shop.events
        .until("order 1's stock to be sold", |events| {
            events.contains(&expected[3])
        })
        .await;

    let within = Duration::from_millis(50);
    let outcome = timeout(
        Duration::from_secs(2),
        shop.events
            .try_until("a refund of order 1", within, |_| false),
    )
    .await;

    let result = outcome.unwrap_or_else(|_| {
        panic!(
            "\n`try_until` was given {within:?}, and had not returned after 2 s. A wait needs a\n\
             deadline of its own: a test that would hang must fail instead.\n"
        )
    });
    assert_eq!(
        result,
        Err(WaitError {
            what: "a refund of order 1".to_string(),
            within,
            seen: expected.to_vec(),
        }),
        "\nA wait that gives up says what it waited for, how long, and every event the\n\
         recorder saw: then a failing test tells what happened instead.\n",
    );
}

#[tokio::test]
async fn a_wait_for_an_event_that_never_comes_lists_what_came_instead() {
    check_earlier_steps(2).await;
    let mut shop = TestShop::start();
    let order = shop.place(KEYBOARD, 1);
    shop.pay(order).await;
    let expected = a_good_order(order, KEYBOARD, 1);

    // A paid order that goes well has four events; there is no fifth.
    let within = Duration::from_millis(50);
    let outcome = timeout(Duration::from_secs(2), shop.events.try_nth(5, within)).await;

    let error = outcome
        .expect("\n`try_nth` had not returned after 2 s, though it was given 50 ms.\n")
        .expect_err("\nThere are only four events: `try_nth(5, ...)` cannot succeed.\n");
    assert!(
        error.what.contains('5'),
        "\nThe error should say which event was waited for (the 5th): {:?}\n",
        error.what,
    );
    assert_eq!(
        (error.within, error.seen),
        (within, expected.to_vec()),
        "\n(within, seen): how long the wait was given, and the four events that did come.\n",
    );
}
