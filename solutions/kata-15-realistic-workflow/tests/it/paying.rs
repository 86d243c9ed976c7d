//! Paying: the card provider's answer, and what the shop does with it.

use kata_15::notifications::{Kind, Notification};
use kata_15::order_status::OrderStatus;
use kata_15::payments::{Charge, ChargeId, DECLINED_CARD, GOOD_CARD};
use reqwest::StatusCode;

use crate::app::TestApp;
use crate::fixtures::{KEYBOARD, SOCKS};
use crate::steps::refused;

const BOB: &str = "bob@shop.test";

#[tokio::test]
async fn a_declined_card_changes_nothing() {
    let app = TestApp::spawn().await;
    let placed = app
        .place_order(BOB, &[(KEYBOARD.sku, 1), (SOCKS.sku, 2)])
        .await;

    let response = app.try_pay(placed.id, DECLINED_CARD).await;

    refused(response, StatusCode::PAYMENT_REQUIRED, "payment_declined").await;
    assert_eq!(
        app.order(placed.id).await,
        placed,
        "the order still waits for its payment, as placed"
    );
    assert_eq!(placed.status, OrderStatus::Pending);
    assert_eq!(app.in_stock(KEYBOARD.sku).await, KEYBOARD.stock - 1);
    assert_eq!(app.in_stock(SOCKS.sku).await, SOCKS.stock - 2);
    assert_eq!(app.payments.charges(), [], "no money was taken");
    assert_eq!(app.outbox.sent(), [], "nothing was confirmed");
}

#[tokio::test]
async fn a_pending_order_can_be_paid_with_another_card() {
    let app = TestApp::spawn().await;
    let placed = app.place_order(BOB, &[(SOCKS.sku, 3)]).await;
    let declined = app.try_pay(placed.id, DECLINED_CARD).await;
    refused(declined, StatusCode::PAYMENT_REQUIRED, "payment_declined").await;

    let paid = app.pay(placed.id, GOOD_CARD).await;

    assert_eq!(paid.status, OrderStatus::Paid);
    assert_eq!(app.order(placed.id).await, paid);
    assert_eq!(
        app.payments.charges(),
        [Charge {
            id: ChargeId("ch_1".into()),
            // 3 x 8.50, no coupon.
            amount: placed.totals.total,
            reference: placed.id,
        }]
    );
    assert_eq!(placed.totals.total, SOCKS.price * 3);
    assert_eq!(
        app.outbox.sent(),
        [Notification {
            to: BOB.into(),
            order: placed.id,
            kind: Kind::OrderConfirmed,
        }],
        "told once, when the payment went through"
    );
}
