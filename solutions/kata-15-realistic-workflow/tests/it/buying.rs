//! Buying: the catalog, the cart, the coupon and the checkout, end to end.

use kata_15::coupons::COMEBACK15;
use kata_15::error::ErrorBody;
use kata_15::money::Cents;
use kata_15::notifications::{Kind, Notification};
use kata_15::order_status::OrderStatus;
use kata_15::payments::{Charge, ChargeId, GOOD_CARD};
use kata_15::pricing::Totals;
use reqwest::StatusCode;

use crate::app::TestApp;
use crate::fixtures::{KEYBOARD, MUG, SOCKS};
use crate::steps::read;

const ADA: &str = "ada@shop.test";
const GRACE: &str = "grace@shop.test";

// The amounts are worked out by hand, on purpose: a test that asks the
// shop's own pricing code for the expected total agrees with any bug in it.

/// A keyboard at 44.99 and two pairs of socks at 8.50 are 61.99.
/// COMEBACK15 takes 9.2985 off, which rounds to 9.30: the half cent and
/// more goes to the customer.
const KEYBOARD_AND_SOCKS_WITH_COMEBACK15: Totals = Totals {
    subtotal: Cents(6199),
    discount: Cents(930),
    total: Cents(5269),
};

/// Two mugs at 12.99 are 25.98; 15% of that is 3.897, which rounds to 3.90.
const TWO_MUGS_WITH_COMEBACK15: Totals = Totals {
    subtotal: Cents(2598),
    discount: Cents(390),
    total: Cents(2208),
};

#[tokio::test]
async fn a_returning_customer_completes_her_cart() {
    let app = TestApp::spawn().await;
    // Last week: a cart with a keyboard in it, left behind.
    let left = app.open_cart().await;
    app.add(left.id, KEYBOARD.sku, 1).await;

    // Today: the cart is as she left it, and takes her code.
    let cart = app.cart(left.id).await;
    assert_eq!(
        cart.lines
            .iter()
            .map(|line| (line.sku.as_str(), line.quantity))
            .collect::<Vec<_>>(),
        [(KEYBOARD.sku, 1)],
        "the cart she left"
    );
    app.apply_coupon(cart.id, COMEBACK15).await;
    // What a customer types: lower case, part of a name.
    let found = app.search("wool").await;
    assert_eq!(
        found.iter().map(|p| p.sku.as_str()).collect::<Vec<_>>(),
        [SOCKS.sku],
        "the search finds the Wool Socks, and only them"
    );
    let cart = app.add(cart.id, &found[0].sku, 2).await;
    assert_eq!(
        cart.totals, KEYBOARD_AND_SOCKS_WITH_COMEBACK15,
        "the cart shows the price"
    );
    let placed = app.checkout(cart.id, GRACE).await;
    let paid = app.pay(placed.id, GOOD_CARD).await;

    // The order: paid, at the price the cart showed.
    assert_eq!(paid.status, OrderStatus::Paid);
    assert_eq!(paid.totals, KEYBOARD_AND_SOCKS_WITH_COMEBACK15);
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
            amount: KEYBOARD_AND_SOCKS_WITH_COMEBACK15.total,
            reference: paid.id,
        }]
    );
    assert_eq!(app.payments.refunds(), []);
    // The warehouse: a keyboard and two pairs of socks set aside, no mug.
    assert_eq!(app.in_stock(KEYBOARD.sku).await, KEYBOARD.stock - 1);
    assert_eq!(app.in_stock(SOCKS.sku).await, SOCKS.stock - 2);
    assert_eq!(app.in_stock(MUG.sku).await, MUG.stock);
    // The customer: told once, that her order is confirmed.
    assert_eq!(
        app.outbox.sent(),
        [Notification {
            to: GRACE.into(),
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

    let once = app.apply_coupon(cart.id, COMEBACK15).await;
    // A customer who types it again, in another case, as people do.
    let twice = app.apply_coupon(cart.id, "comeback15").await;

    assert_eq!(once.totals, TWO_MUGS_WITH_COMEBACK15);
    assert_eq!(twice, once, "the second COMEBACK15 changes nothing");
    assert_eq!(app.cart(cart.id).await, once);
    let order = app.checkout(cart.id, ADA).await;
    assert_eq!(
        order.totals, TWO_MUGS_WITH_COMEBACK15,
        "the order keeps 15% off"
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

    // The customer is told how many there are, to order that many instead.
    let refusal: ErrorBody = read(response, StatusCode::CONFLICT).await;
    assert_eq!(
        refusal,
        ErrorBody {
            error: "out_of_stock".into(),
            message: format!("{} of MUG wanted, {} for sale", MUG.stock + 1, MUG.stock),
        }
    );
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
