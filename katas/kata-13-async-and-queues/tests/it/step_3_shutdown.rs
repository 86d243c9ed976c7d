//! Step 3: stopping the worker, and proving nothing is in flight
//! (`harness/shutdown.rs`).
//!
//! A message is in flight from the moment it is queued until its work is
//! done. A graceful shutdown stops the worker without losing any: after it,
//! every order paid for has ended exactly once.

use std::time::Duration;

use kata_13::events::{OrderEvent, OrderId};
use tokio::time::timeout;

use crate::harness::{
    Drained, KEYBOARD, MUG, ON_SHELF, SHUTDOWN_WITHIN, ShutdownError, TestShop, account_for,
};
use crate::steps::check_earlier_steps;

fn attempt_failed(events: &[OrderEvent]) -> bool {
    events
        .iter()
        .any(|event| matches!(event, OrderEvent::AttemptFailed { .. }))
}

// ANCHOR: drain
#[tokio::test]
async fn shutting_down_finishes_the_jobs_already_queued() {
    check_earlier_steps(3).await;
    let mut shop = TestShop::start();
    let mut orders = Vec::new();
    for _ in 0..5 {
        let order = shop.place(MUG, 1);
        shop.pay(order).await;
        orders.push(order);
    }
    let (mail, stock) = (shop.mail.clone(), shop.stock.clone());

    // No waiting: the five jobs are still on the queue when the stop comes.
    let drained = shop.try_shut_down(SHUTDOWN_WITHIN).await;

    assert_eq!(
        drained,
        Ok(Drained {
            completed: orders,
            ..Drained::default()
        }),
        "\nThe worker was asked to stop with five jobs on its queue. Stopping gracefully, it\n\
         finishes them all before its task ends, and the record is complete only once the\n\
         task has ended. A task stopped wherever it was, or events read before it ended,\n\
         lose orders that were paid for.\n",
    );
    assert_eq!(mail.delivered().len(), 5);
    assert_eq!((stock.available(MUG), stock.held(MUG)), (ON_SHELF - 5, 0));
}
// ANCHOR_END: drain

#[tokio::test]
async fn a_job_waiting_for_its_retry_is_handed_back() {
    check_earlier_steps(3).await;
    let mut shop = TestShop::start();
    shop.mail.refuse_next(1);
    let order = shop.place(KEYBOARD, 1);
    shop.pay(order).await;
    shop.events
        .until("order 1's first attempt to fail", attempt_failed)
        .await;
    let stock = shop.stock.clone();

    let drained = shop.try_shut_down(SHUTDOWN_WITHIN).await;

    assert_eq!(
        drained,
        Ok(Drained {
            handed_back: vec![order],
            ..Drained::default()
        }),
        "\nOrder 1's confirmation failed once, and its retry is 30 s away. A worker that\n\
         stops does not wait for it: it hands the job back in its report, so that the job\n\
         is not lost.\n",
    );
    assert_eq!(
        stock.held(KEYBOARD),
        1,
        "\nHanded back, order 1 still holds its keyboard: paid for, and not sold yet.\n",
    );
}

#[tokio::test]
async fn a_worker_that_does_not_stop_is_reported_not_waited_for_forever() {
    check_earlier_steps(3).await;
    let mut shop = TestShop::start();
    // The mail server takes the confirmation and never answers.
    shop.mail.stall_next(1);
    let order = shop.place(KEYBOARD, 1);
    shop.pay(order).await;

    let within = Duration::from_millis(50);
    let outcome = timeout(Duration::from_secs(2), shop.try_shut_down(within)).await;

    let result = outcome.unwrap_or_else(|_| {
        panic!(
            "\n`try_shut_down` was given {within:?}, and had not returned after 2 s. The worker\n\
             is stuck on a mail server that never answers: wait for its task with a deadline,\n\
             and stop it the hard way when the deadline passes.\n"
        )
    });
    assert_eq!(
        result,
        Err(ShutdownError::DidNotStop {
            waited: within,
            in_flight: vec![order],
        }),
        "\nThe error says how long the shutdown waited, and which paid orders had not ended.\n",
    );
}

fn sold(order: u64) -> OrderEvent {
    OrderEvent::StockCommitted {
        order: OrderId(order),
        sku: MUG.to_string(),
        quantity: 1,
    }
}

fn given_up(order: u64) -> OrderEvent {
    OrderEvent::DeadLettered {
        order: OrderId(order),
        attempts: 3,
    }
}

#[tokio::test]
async fn the_books_balance_only_when_every_paid_order_ended() {
    check_earlier_steps(3).await;
    // No shop here: made-up histories, to see that the proof can fail.
    let paid = [OrderId(1), OrderId(2), OrderId(3)];
    let events = [sold(1), given_up(3)];

    assert_eq!(
        account_for(&paid, &events, &[]),
        Err(ShutdownError::LeftInFlight(vec![OrderId(2)])),
        "\nOrder 2 was paid for and has no outcome: it is still in flight, or lost. A proof\n\
         that passes here would pass for a worker that drops jobs.\n",
    );
    assert_eq!(
        account_for(&paid, &events, &[OrderId(2)]),
        Ok(Drained {
            completed: vec![OrderId(1)],
            dead_lettered: vec![OrderId(3)],
            handed_back: vec![OrderId(2)],
        }),
    );
}

#[tokio::test]
async fn an_order_that_ends_twice_is_reported() {
    check_earlier_steps(3).await;
    let paid = [OrderId(1), OrderId(2)];

    assert_eq!(
        account_for(&paid, &[sold(1), sold(2), sold(1)], &[]),
        Err(ShutdownError::EndedTwice(vec![OrderId(1)])),
        "\nOrder 1 was sold twice: a job handled twice is as wrong as one that is lost.\n",
    );
    assert_eq!(
        account_for(&paid, &[sold(1), given_up(2)], &[OrderId(2)]),
        Err(ShutdownError::EndedTwice(vec![OrderId(2)])),
        "\nOrder 2 went to the dead letters and was handed back too.\n",
    );
}
