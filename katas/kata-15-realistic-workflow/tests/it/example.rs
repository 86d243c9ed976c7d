//! A worked example of a workflow test, given: a customer's steps, one
//! request each, and then a look at what the shop holds, read back through
//! its API. It passes once `TestApp::spawn` works.

use kata_15::api::{CheckoutForm, LineForm};
use kata_15::carts::Cart;
use kata_15::error::ErrorBody;
use kata_15::orders::Order;
use reqwest::StatusCode;

use crate::app::TestApp;
use crate::fixtures::{MUG, SOCKS};

// ANCHOR: example
/// Ada checks out a cart with a pair of socks, then tries to add a mug to
/// it: the shop refuses, and neither the cart nor the order changes.
#[tokio::test]
async fn a_checked_out_cart_takes_no_more_changes() {
    let app = TestApp::spawn().await;
    let client = &app.client;

    // Ada's steps, as her browser would send them.
    let cart: Cart = client
        .post(app.url("/carts"))
        .send()
        .await
        .expect("POST /carts gets an answer")
        .json()
        .await
        .expect("a cart, as JSON");
    let lines = app.url(&format!("/carts/{}/lines", cart.id));
    let socks = LineForm {
        sku: SOCKS.sku.into(),
        quantity: 1,
    };
    let added = client.post(&lines).json(&socks).send().await;
    let added = added.expect("POST .../lines gets an answer");
    assert_eq!(added.status(), StatusCode::OK);
    let checkout = client
        .post(app.url(&format!("/carts/{}/checkout", cart.id)))
        .json(&CheckoutForm {
            email: "ada@shop.test".into(),
        })
        .send()
        .await
        .expect("POST .../checkout gets an answer");
    assert_eq!(checkout.status(), StatusCode::CREATED);
    let order: Order = checkout.json().await.expect("an order, as JSON");

    let mug = LineForm {
        sku: MUG.sku.into(),
        quantity: 1,
    };
    let late = client.post(&lines).json(&mug).send().await;
    let late = late.expect("POST .../lines gets an answer");

    // The answer: refused, with a reason a program can match on.
    assert_eq!(late.status(), StatusCode::CONFLICT);
    let refusal: ErrorBody = late.json().await.expect("an error body, as JSON");
    assert_eq!(refusal.error, "cart_closed");

    // The shop: an answer says what the server meant to do; only reading
    // the state back shows what it did. The cart still holds the socks
    // alone and points to the order, and the order is as it was placed.
    let cart_now: Cart = client
        .get(app.url(&format!("/carts/{}", cart.id)))
        .send()
        .await
        .expect("GET /carts/{id} gets an answer")
        .json()
        .await
        .expect("a cart, as JSON");
    assert_eq!(cart_now.order, Some(order.id));
    assert_eq!(cart_now.lines.len(), 1, "only the socks: {cart_now:?}");
    assert_eq!(cart_now.lines[0].sku, SOCKS.sku);
    let order_now: Order = client
        .get(app.url(&format!("/orders/{}", order.id)))
        .send()
        .await
        .expect("GET /orders/{id} gets an answer")
        .json()
        .await
        .expect("an order, as JSON");
    assert_eq!(order_now, order);
}
// ANCHOR_END: example
