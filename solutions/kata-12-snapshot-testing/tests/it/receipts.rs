//! The customer's receipt, kept as a golden copy.
//!
//! The receipt is text, so there is no field to redact: filters replace the
//! parts that change on every run wherever they appear in it.

use axum::http::StatusCode;
use insta::assert_snapshot;
use serde_json::json;

use crate::helpers::{get, post_json, send, shop};

#[tokio::test]
async fn the_receipt_of_an_order() {
    let shop = shop();
    // Two mugs and a cable: several lines, one of them for two items, and
    // less than 50.00 of goods, so that shipping is paid and the total is
    // not the subtotal.
    let placed = send(
        &shop,
        post_json(
            "/orders",
            &json!({
                "customer": "ada@shop.test",
                "lines": [
                    { "sku": "MUG", "quantity": 2 },
                    { "sku": "CABLE", "quantity": 1 },
                ],
            }),
        ),
    )
    .await;
    let order = placed.json();
    let order_id = order["id"].as_str().expect("the order has an id");

    let reply = send(&shop, get(&format!("/orders/{order_id}/receipt"))).await;

    assert_eq!(reply.status, StatusCode::OK);
    let receipt = reply.text();
    // A second opinion that a snapshot can't give: the total on the receipt
    // is the total the API charged. A golden copy only says "as before"; if
    // the copy were accepted with a wrong total in it, this would still fail.
    let total_row = receipt
        .lines()
        .find(|line| line.trim_start().starts_with("Total"))
        .expect("the receipt has a total");
    let total = order["total"].as_str().expect("the order has a total");
    assert!(
        total_row.ends_with(&format!(" {total}")),
        "the receipt's total should be the order's, {total}: {total_row:?}"
    );
    insta::with_settings!({
        filters => vec![
            // The order's own id, which the test knows (no character of a
            // public id means anything in a regular expression).
            (order_id, "[order id]"),
            // The time it was placed, as the receipt writes times.
            (r"\b\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\b", "[time]"),
        ],
    }, {
        assert_snapshot!(receipt);
    });
}
