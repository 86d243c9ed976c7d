//! From above: the real top and the real service, every part a stub.

use quiz_05::Cents;

use crate::helpers::{MUG_PRICE, ORDER, from_above};
use crate::stubs::{StubOrders, StubRefunds};

// ANCHOR: paid_and_labeled
#[test]
fn a_return_is_refunded_and_labeled() {
    let api = from_above(StubOrders::pricing(MUG_PRICE), StubRefunds::default());
    let response = api.post(ORDER, "MUG", 2);
    assert_eq!(response.status, 201, "{}", response.body);
    let (orders, refunds, labels) = api.service().parts();
    assert_eq!(*orders.marked.borrow(), [(ORDER, "MUG".to_string(), 2)]);
    assert_eq!(*refunds.paid.borrow(), [(ORDER, Cents(2500))]);
    assert_eq!(*labels.printed_for.borrow(), [ORDER]);
}
// ANCHOR_END: paid_and_labeled

// ANCHOR: outage_503
#[test]
fn an_outage_answers_503() {
    let api = from_above(StubOrders::pricing(MUG_PRICE), StubRefunds::unavailable());
    let response = api.post(ORDER, "MUG", 2);
    assert_eq!(response.status, 503, "{}", response.body);
}
// ANCHOR_END: outage_503
