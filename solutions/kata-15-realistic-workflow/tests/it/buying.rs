//! Buying: the catalog, the cart, the coupon and the checkout, end to end.

use kata_15::coupons::SAVE10;
use kata_15::money::Cents;
use kata_15::notifications::{Kind, Notification};
use kata_15::order_status::OrderStatus;
use kata_15::payments::{Charge, ChargeId, GOOD_CARD};
use kata_15::pricing::Totals;
use reqwest::StatusCode;

use crate::app::TestApp;
use crate::fixtures::{KEYBOARD, MUG, SOCKS};
use crate::steps::refused;

const ADA: &str = "ada@shop.test";

/// Two mugs at 12.99 are 25.98. SAVE10 takes 2.598 off, which rounds to
/// 2.60: the half cent and more goes to the customer. Worked out by hand,
/// on purpose: a test that asks the shop's own pricing code for the
/// expected total agrees with any bug in it.
const TWO_MUGS_WITH_SAVE10: Totals = Totals {
    subtotal: Cents(2598),
    discount: Cents(260),
    total: Cents(2338),
};

#[tokio::test]
async fn a_customer_finds_buys_and_pays() {
    let app = TestApp::spawn().await;

    // What a customer types: lower case, part of a name.
    let found = app.search("mug").await;
    assert_eq!(
        found.iter().map(|p| p.sku.as_str()).collect::<Vec<_>>(),
        [MUG.sku],
        "the search finds the Enamel Mug, and only it"
    );
    let cart = app.open_cart().await;
    app.add(cart.id, &found[0].sku, 2).await;
    let cart = app.apply_coupon(cart.id, SAVE10).await;
    assert_eq!(
        cart.totals, TWO_MUGS_WITH_SAVE10,
        "the cart shows the price"
    );
    let placed = app.checkout(cart.id, ADA).await;
    let paid = app.pay(placed.id, GOOD_CARD).await;

    // The order: paid, at the price the cart showed.
    assert_eq!(paid.status, OrderStatus::Paid);
    assert_eq!(paid.totals, TWO_MUGS_WITH_SAVE10);
    assert_eq!(
        app.order(paid.id).await,
        paid,
        "the order is stored as answered"
    );
    // The card provider: that total, taken once, for this order.
    assert_eq!(
        app.payments.charges(),
        [Charge {
            id: ChargeId("ch_1".into()),
            amount: TWO_MUGS_WITH_SAVE10.total,
            reference: paid.id,
        }]
    );
    assert_eq!(app.payments.refunds(), []);
    // The warehouse: two mugs set aside, nothing else.
    assert_eq!(app.in_stock(MUG.sku).await, MUG.stock - 2);
    assert_eq!(app.in_stock(KEYBOARD.sku).await, KEYBOARD.stock);
    // The customer: told once, that her order is confirmed.
    assert_eq!(
        app.outbox.sent(),
        [Notification {
            to: ADA.into(),
            order: paid.id,
            kind: Kind::OrderConfirmed,
        }]
    );
}

#[tokio::test]
async fn a_coupon_applied_twice_counts_once() {
    let app = TestApp::spawn().await;
    let cart = app.open_cart().await;
    app.add(cart.id, MUG.sku, 2).await;

    let once = app.apply_coupon(cart.id, SAVE10).await;
    // A customer who types it again, in another case, as people do.
    let twice = app.apply_coupon(cart.id, "save10").await;

    assert_eq!(once.totals, TWO_MUGS_WITH_SAVE10);
    assert_eq!(twice, once, "the second SAVE10 changes nothing");
    assert_eq!(app.cart(cart.id).await, once);
    let order = app.checkout(cart.id, ADA).await;
    assert_eq!(
        order.totals, TWO_MUGS_WITH_SAVE10,
        "the order keeps 10% off"
    );
}

#[tokio::test]
async fn more_than_the_shop_has_is_refused() {
    let app = TestApp::spawn().await;
    let cart = app.open_cart().await;
    // The keyboard comes first (a cart lists its lines by SKU, and the
    // checkout sets them aside in that order), so it is set aside before
    // the mugs run short: the refusal must undo that.
    app.add(cart.id, KEYBOARD.sku, 1).await;
    app.add(cart.id, MUG.sku, MUG.stock + 1).await;

    let response = app.try_checkout(cart.id, "cy@shop.test").await;

    refused(response, StatusCode::CONFLICT, "out_of_stock").await;
    for product in [MUG, KEYBOARD, SOCKS] {
        assert_eq!(
            app.in_stock(product.sku).await,
            product.stock,
            "{} for sale as before",
            product.sku
        );
    }
    assert_eq!(
        app.cart(cart.id).await.order,
        None,
        "the cart is still open"
    );
    assert_eq!(app.payments.charges(), []);
    assert_eq!(app.outbox.sent(), []);
}
