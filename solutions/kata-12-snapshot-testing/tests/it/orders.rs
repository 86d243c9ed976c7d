//! The order API's answers, kept as golden copies.
//!
//! An order's JSON (`src/views.rs`) is the shop's contract with every client.
//! The golden copies make any change to it fail a test until someone has
//! looked at it. Two things in it are new on every run, the order's public
//! id and the time it was placed: the copies hold placeholders for them, and
//! the redactions that put the placeholders in first check that each value
//! has the shape the API promises (`src/ids.rs`, `src/clock.rs`).

use axum::http::StatusCode;
use insta::internals::{Content, ContentPath};
use insta::{Settings, assert_json_snapshot, dynamic_redaction};
use serde_json::{Value, json};

use crate::helpers::{get, post_json, send, shop};

/// Ada's order: two mugs and a cable. Its lines are not in alphabetical
/// order, it has a line with more than one item, and it comes to less than
/// 50.00, so it pays for shipping.
fn ada_s_order() -> Value {
    json!({
        "customer": "ada@shop.test",
        "lines": [
            { "sku": "MUG", "quantity": 2 },
            { "sku": "CABLE", "quantity": 1 },
        ],
    })
}

/// The settings every snapshot of an order needs: its id and the time it
/// was placed are replaced by placeholders, once they are shown to have the
/// right shape.
fn order_redactions() -> Settings {
    let mut settings = Settings::clone_current();
    settings.add_redaction(".id", dynamic_redaction(public_order_id));
    settings.add_redaction(".placed_at", dynamic_redaction(utc_time));
    settings
}

/// The public id of an order: `ord_` and 12 characters of Crockford's base
/// 32. Anything else, such as the database's own row number, fails the test.
fn public_order_id(value: Content, path: ContentPath<'_>) -> &'static str {
    const CROCKFORD: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let id = value
        .as_str()
        .unwrap_or_else(|| panic!("{path} should be a string, is {value:?}"));
    let well_formed = id
        .strip_prefix("ord_")
        .is_some_and(|rest| rest.len() == 12 && rest.bytes().all(|c| CROCKFORD.contains(&c)));
    assert!(well_formed, "{path} should be a public order id, is {id:?}");
    "[order id]"
}

/// A time for programs: RFC 3339 in UTC, to the second, such as
/// `2025-06-01T12:34:56Z`. A time written for people fails the test.
fn utc_time(value: Content, path: ContentPath<'_>) -> &'static str {
    let time = value
        .as_str()
        .unwrap_or_else(|| panic!("{path} should be a string, is {value:?}"));
    let well_formed = time.len() == 20
        && time.char_indices().all(|(i, c)| match i {
            4 | 7 => c == '-',
            10 => c == 'T',
            13 | 16 => c == ':',
            19 => c == 'Z',
            _ => c.is_ascii_digit(),
        });
    assert!(
        well_formed,
        "{path} should be an RFC 3339 time in UTC, is {time:?}"
    );
    "[time]"
}

#[tokio::test]
async fn placing_an_order_answers_with_the_order() {
    let shop = shop();

    let reply = send(&shop, post_json("/orders", &ada_s_order())).await;

    assert_eq!(reply.status, StatusCode::CREATED);
    let order = reply.json();
    let id = order["id"].as_str().expect("the order has an id");
    assert_eq!(
        reply.location(),
        format!("/orders/{id}"),
        "the Location header points at the order, by the id in the body"
    );
    order_redactions().bind(|| assert_json_snapshot!(order));
}

#[tokio::test]
async fn an_order_reads_back_as_it_was_placed() {
    let shop = shop();
    let placed = send(&shop, post_json("/orders", &ada_s_order())).await;

    let reply = send(&shop, get(&placed.location())).await;

    assert_eq!(reply.status, StatusCode::OK);
    let order = reply.json();
    assert_eq!(
        order,
        placed.json(),
        "the order reads back as it was placed, to the second and the line"
    );
    order_redactions().bind(|| {
        assert_json_snapshot!(order, @r#"
        {
          "currency": "EUR",
          "customer": "ada@shop.test",
          "id": "[order id]",
          "lines": [
            {
              "amount": "13.00",
              "name": "Shop mug",
              "quantity": 2,
              "sku": "MUG",
              "unit_price": "6.50"
            },
            {
              "amount": "12.50",
              "name": "USB-C cable, 2 m",
              "quantity": 1,
              "sku": "CABLE",
              "unit_price": "12.50"
            }
          ],
          "placed_at": "[time]",
          "shipping": "4.90",
          "subtotal": "25.50",
          "total": "30.40"
        }
        "#);
    });
}
