//! All real: the top, the service and the real parts together.

use quiz_05::Cents;
use quiz_05::contract::Label;

use crate::helpers::{ORDER, real_parts};

// ANCHOR: status_and_refund
#[test]
fn a_return_answers_201_and_refunds() {
    let parts = real_parts();
    let response = parts.api().post(ORDER, "MUG", 2);
    assert_eq!(response.status, 201, "{}", response.body);
    assert_eq!(parts.card.refunds(), [(ORDER, Cents(2500))], "the refunds");
}
// ANCHOR_END: status_and_refund

// ANCHOR: every_part
#[test]
fn a_return_leaves_its_mark_on_every_real_part() {
    let parts = real_parts();
    let response = parts.api().post(ORDER, "MUG", 2);
    assert_eq!(response.status, 201, "{}", response.body);
    assert_eq!(parts.book.returned(ORDER, "MUG"), 2, "the order book");
    assert_eq!(parts.card.refunds(), [(ORDER, Cents(2500))], "the refunds");
    let label = Label {
        order_id: ORDER,
        lines: vec![("MUG".to_string(), 2)],
    };
    assert_eq!(parts.printer.printed(), [label], "the labels printed");
}
// ANCHOR_END: every_part
