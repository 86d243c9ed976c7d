//! The rules of the shop's given parts, which the steps take for granted: how
//! much an order can take off the shelf, what a refused payment says, how long
//! the shop's timers wait, and how the mail server stalls a message. None of
//! it needs the harness: given, and passing from the start.

use std::time::Duration;

use kata_13::events::OrderId;
use kata_13::mail::{Email, MailServer};
use kata_13::refunds::RETRY_AFTER;
use kata_13::shop::{self, OrderError, PayError, RESERVATION_HOLD, ShopParts};
use kata_13::stock::NotEnough;
use tokio::time::timeout;

#[tokio::test]
async fn an_order_can_take_the_last_items_on_the_shelf_and_no_more() {
    let parts = ShopParts::default();
    parts.stock.add("LAMP", 2);
    let (shop, _worker) = shop::open(&parts);

    let both = shop.place_order("ada@shop.test", "LAMP", 2);
    let one_more = shop.place_order("ada@shop.test", "LAMP", 1);

    assert!(
        both.is_ok(),
        "two lamps on the shelf: an order for both should be placed, got {both:?}"
    );
    assert_eq!(
        one_more,
        Err(OrderError::NotEnough(NotEnough {
            sku: "LAMP".to_string(),
            wanted: 1,
            available: 0,
        })),
        "both lamps are held for the first order: the shelf is empty"
    );
}

#[tokio::test]
async fn a_refused_payment_says_why() {
    let parts = ShopParts::default();
    let (shop, _worker) = shop::open(&parts);

    let refused = shop.pay(OrderId(99)).await;

    assert_eq!(
        refused.map_err(|error| error.to_string()),
        Err("order 99 is not waiting for a payment".to_string()),
        "a refused payment is shown to the customer: it should name the order and the reason"
    );
    assert_eq!(
        PayError::ReservationExpired(OrderId(7)).to_string(),
        "order 7 was not paid in time: its reservation expired"
    );
}

/// The README and the chapter give a customer fifteen minutes to pay, and
/// the chapter's refund desk asks again two minutes after the provider was
/// down. The tests of step 4 and of the refund desk read these settings by
/// name, so the numbers themselves are checked here.
#[test]
fn the_shops_timers_wait_as_long_as_the_shop_promises() {
    assert_eq!(RESERVATION_HOLD, Duration::from_secs(15 * 60));
    assert_eq!(RETRY_AFTER, Duration::from_secs(2 * 60));
}

/// A test that stalls one message (step 3) counts on the next one going
/// through. Tokio's clock starts paused: the timeouts below cost no time.
#[tokio::test(start_paused = true)]
async fn a_mail_server_told_to_stall_one_message_delivers_the_next() {
    let mail = MailServer::new();
    mail.stall_next(1);
    let email = |subject: &str| Email {
        to: "ada@shop.test".to_string(),
        subject: subject.to_string(),
    };

    let stalled = timeout(Duration::from_secs(60), mail.send(email("first"))).await;
    let next = timeout(Duration::from_secs(60), mail.send(email("second"))).await;

    assert!(
        stalled.is_err(),
        "the first message should never be answered"
    );
    assert_eq!(
        next,
        Ok(Ok(())),
        "only one message was to stall: the next one should go through"
    );
    assert_eq!(mail.delivered(), [email("second")]);
}
