//! One return, kept twice: with plain redactions, and with redactions that
//! check what they hide.

use insta::{assert_json_snapshot, dynamic_redaction};
use quiz_12::returns::open_return;

use crate::support::{a_fresh_order, mugs_and_a_cable, return_id, rfc3339_utc};

// ANCHOR: plain
#[test]
fn a_return_with_plain_redactions() {
    let order = a_fresh_order();

    let opened = open_return(&order, &mugs_and_a_cable());

    assert_json_snapshot!(opened, {
        ".id" => "[return id]",
        ".order" => "[order id]",
        ".opened_at" => "[time]",
    });
}
// ANCHOR_END: plain

// ANCHOR: checked
#[test]
fn a_return_with_checked_redactions() {
    let order = a_fresh_order();

    let opened = open_return(&order, &mugs_and_a_cable());

    assert_json_snapshot!(opened, {
        ".id" => dynamic_redaction(return_id),
        ".order" => dynamic_redaction(move |value, _| {
            assert_eq!(value.as_str(), Some(order.as_str()), "the return names its order");
            "[order id]"
        }),
        ".opened_at" => dynamic_redaction(rfc3339_utc),
    });
}
// ANCHOR_END: checked
