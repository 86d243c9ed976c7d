//! After checkout: an order's life (`src/order_status.rs`), the changes the
//! shop allows, and the ones it must refuse.

use kata_15::notifications::{Kind, Notification};
use kata_15::order_status::OrderStatus;
use kata_15::orders::Order;
use kata_15::payments::{GOOD_CARD, Refund};
use reqwest::StatusCode;

use crate::app::TestApp;
use crate::fixtures::{KEYBOARD, MUG};
use crate::steps::refused;

const ADA: &str = "ada@shop.test";
const BOB: &str = "bob@shop.test";

#[tokio::test]
async fn cancelling_an_unpaid_order_puts_its_items_back() {
    let app = TestApp::spawn().await;
    let placed = app
        .place_order(BOB, &[(KEYBOARD.sku, 2), (MUG.sku, 1)])
        .await;
    assert_eq!(
        app.in_stock(KEYBOARD.sku).await,
        KEYBOARD.stock - 2,
        "set aside at checkout"
    );

    let cancelled = app.act(placed.id, "cancel").await;

    assert_eq!(cancelled.status, OrderStatus::Cancelled);
    assert_eq!(app.order(placed.id).await, cancelled);
    assert_eq!(app.in_stock(KEYBOARD.sku).await, KEYBOARD.stock);
    assert_eq!(app.in_stock(MUG.sku).await, MUG.stock);
    assert_eq!(app.payments.charges(), []);
    assert_eq!(app.payments.refunds(), []);
}

#[tokio::test]
async fn a_shipped_order_can_be_refunded() {
    let app = TestApp::spawn().await;
    let placed = app.place_order(ADA, &[(KEYBOARD.sku, 1)]).await;
    app.pay(placed.id, GOOD_CARD).await;

    let shipped = app.act(placed.id, "ship").await;
    let refunded = app.act(placed.id, "refund").await;

    assert_eq!(shipped.status, OrderStatus::Shipped);
    assert_eq!(refunded.status, OrderStatus::Refunded);
    assert_eq!(app.order(placed.id).await, refunded);
    let charges = app.payments.charges();
    assert_eq!(charges.len(), 1, "{charges:?}");
    assert_eq!(
        app.payments.refunds(),
        [Refund {
            charge: charges[0].id.clone(),
            amount: charges[0].amount,
        }],
        "all of the payment goes back"
    );
    assert_eq!(
        app.in_stock(KEYBOARD.sku).await,
        KEYBOARD.stock - 1,
        "the keyboard left in the parcel"
    );
    let told = |kind| Notification {
        to: ADA.into(),
        order: placed.id,
        kind,
    };
    assert_eq!(
        app.outbox.sent(),
        [
            told(Kind::OrderConfirmed),
            told(Kind::OrderShipped),
            told(Kind::OrderRefunded),
        ]
    );
}

#[tokio::test]
async fn what_an_order_status_does_not_allow_is_refused() {
    let app = TestApp::spawn().await;
    let pending = app.place_order(ADA, &[(MUG.sku, 1)]).await;
    let paid = app.place_order(ADA, &[(MUG.sku, 1)]).await;
    let paid = app.pay(paid.id, GOOD_CARD).await;
    let cancelled = app.place_order(ADA, &[(MUG.sku, 1)]).await;
    let cancelled = app.act(cancelled.id, "cancel").await;
    let charges = app.payments.charges();
    let sent = app.outbox.sent();
    let mugs = app.in_stock(MUG.sku).await;

    let refusals: [(&Order, &str); 8] = [
        (&pending, "ship"),
        (&pending, "refund"),
        (&paid, "pay"),
        (&paid, "cancel"),
        (&cancelled, "pay"),
        (&cancelled, "ship"),
        (&cancelled, "cancel"),
        (&cancelled, "refund"),
    ];
    for (order, action) in refusals {
        let response = match action {
            "pay" => app.try_pay(order.id, GOOD_CARD).await,
            _ => app.try_action(order.id, action).await,
        };

        refused(response, StatusCode::CONFLICT, "invalid_transition").await;
        assert_eq!(
            &app.order(order.id).await,
            order,
            "a {} order, after a refused {action}",
            order.status
        );
    }
    assert_eq!(app.payments.charges(), charges, "no money taken");
    assert_eq!(app.payments.refunds(), [], "no money given back");
    assert_eq!(app.outbox.sent(), sent, "no one told anything");
    assert_eq!(app.in_stock(MUG.sku).await, mugs, "no items moved");
}
