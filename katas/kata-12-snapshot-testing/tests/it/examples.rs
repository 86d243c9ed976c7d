//! Worked examples, given: the warehouse's side of the shop, kept as
//! snapshots. They pass as they are. Read them, and the files they keep in
//! `snapshots/` (the ones whose names start with `it__examples__`), before
//! you write your own tests.

use axum::http::StatusCode;
use insta::internals::{Content, ContentPath};
use insta::{assert_json_snapshot, assert_snapshot, dynamic_redaction, sorted_redaction};
use serde_json::{Value, json};

use crate::helpers::{Reply, get, post, post_json, send, shop};

/// Grace orders two mugs and a cable, and then one mug more on a line of its
/// own: the warehouse packs three mugs.
fn grace_s_order() -> Value {
    json!({
        "customer": "grace@shop.test",
        "lines": [
            { "sku": "MUG", "quantity": 2 },
            { "sku": "CABLE", "quantity": 1 },
            { "sku": "MUG", "quantity": 1 },
        ],
    })
}

/// The public id of the order that `placed` created, from its `Location`.
fn order_id(placed: &Reply) -> String {
    let location = placed.location();
    location
        .strip_prefix("/orders/")
        .unwrap_or_else(|| panic!("an order's Location is /orders/{{id}}, not {location:?}"))
        .to_owned()
}

// ANCHOR: shape_checks
/// A redaction for a shipment's public id. The snapshot keeps a placeholder,
/// because the id is new on every run; but first the test checks that the
/// value has the shape `src/ids.rs` promises, `shp_` and 12 characters of
/// Crockford's base 32, and fails if it has not.
fn shipment_id(value: Content, path: ContentPath<'_>) -> &'static str {
    const CROCKFORD: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let id = value
        .as_str()
        .unwrap_or_else(|| panic!("{path} should be a string, is {value:?}"));
    let well_formed = id
        .strip_prefix("shp_")
        .is_some_and(|rest| rest.len() == 12 && rest.bytes().all(|c| CROCKFORD.contains(&c)));
    assert!(well_formed, "{path} should be a shipment id, is {id:?}");
    "[shipment id]"
}

/// A redaction for a time that the API sends: it must be RFC 3339 in UTC,
/// to the second, such as `2025-06-01T12:34:56Z`.
fn rfc3339_time(value: Content, path: ContentPath<'_>) -> &'static str {
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
// ANCHOR_END: shape_checks

// ANCHOR: shipment
/// A file snapshot of JSON, with redactions. Its golden copy is
/// `snapshots/it__examples__shipping_an_order_answers_with_the_shipment.snap`.
#[tokio::test]
async fn shipping_an_order_answers_with_the_shipment() {
    let shop = shop();
    let placed = send(&shop, post_json("/orders", &grace_s_order())).await;
    let order_id = order_id(&placed);

    let reply = send(&shop, post(&format!("/orders/{order_id}/shipments"))).await;

    assert_eq!(reply.status, StatusCode::CREATED);
    assert_json_snapshot!(reply.json(), {
        // New on every run: check the shape, keep a placeholder.
        ".id" => dynamic_redaction(shipment_id),
        ".shipped_at" => dynamic_redaction(rfc3339_time),
        // Known to the test: check that it is exactly the order we shipped.
        ".order" => dynamic_redaction(move |value, _| {
            assert_eq!(value.as_str(), Some(order_id.as_str()), "the shipment names its order");
            "[the order shipped]"
        }),
        // A set, in no particular order (see `src/views.rs`): sort it.
        ".contents" => sorted_redaction(),
    });
}
// ANCHOR_END: shipment

// ANCHOR: packing_slip
/// A file snapshot of text, with filters. Its golden copy is
/// `snapshots/it__examples__the_packing_slip_of_an_order.snap`.
#[tokio::test]
async fn the_packing_slip_of_an_order() {
    let shop = shop();
    let placed = send(&shop, post_json("/orders", &grace_s_order())).await;
    let order_id = order_id(&placed);

    let reply = send(&shop, get(&format!("/orders/{order_id}/packing-slip"))).await;

    assert_eq!(reply.status, StatusCode::OK);
    insta::with_settings!({
        // Each filter is a regular expression, and its replacement.
        filters => vec![
            // The id the test knows, wherever it is (an order id has no
            // character that means something in a regular expression). Any
            // other id would stay in the text, and fail the test.
            (order_id.as_str(), "[order id]"),
            // The time of printing, which the test can't know: whatever
            // has the shape of the slip's times.
            (r"\b\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\b", "[time]"),
        ],
        // Shown with the snapshot when it is reviewed: what to look for.
        description => "one row per SKU, sorted by shelf, with the mugs of both lines added up",
    }, {
        assert_snapshot!(reply.text());
    });
}
// ANCHOR_END: packing_slip

// ANCHOR: missing
/// An inline snapshot: the golden copy is the string after the `@`, right
/// here in the test. Good for a small answer that reads well in place.
#[tokio::test]
async fn the_packing_slip_of_a_missing_order_is_a_404() {
    let reply = send(&shop(), get("/orders/ord_0000000000ZZ/packing-slip")).await;

    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert_json_snapshot!(reply.json(), @r#"
    {
      "error": "order_not_found",
      "message": "no order has id \"ord_0000000000ZZ\""
    }
    "#);
}
// ANCHOR_END: missing
