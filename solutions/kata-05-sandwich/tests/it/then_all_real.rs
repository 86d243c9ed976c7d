//! All real: the checkout endpoint, the order service and every real part
//! below, on one in-memory database and one sandbox account. Few tests, on
//! purpose: both halves are already tested; these check that they fit.

use kata_05::api::{CheckoutRequest, Response};
use kata_05::contract::{ChargeId, Order};
use kata_05::money::Cents;
use kata_05::orders::Line;
use kata_05::outbox::Email;
use kata_05::payments::Charge;

use crate::helpers::{
    CUSTOMER, GOOD_CARD, KEYBOARD_PRICE, KEYBOARDS_IN_STOCK, MUG_PRICE, MUGS_IN_STOCK, RealParts,
    two_keyboards_and_a_mug,
};

const TOTAL: Cents = Cents(KEYBOARD_PRICE.0 * 2 + MUG_PRICE.0);

#[test]
fn a_checkout_goes_through_every_real_layer() {
    let parts = RealParts::new();

    let response = parts
        .checkout_api()
        .checkout(&two_keyboards_and_a_mug(GOOD_CARD));

    assert_eq!(
        response,
        Response {
            status: 201,
            body: "order 1 placed: 104.17 charged; a confirmation email is on its way".into()
        }
    );
    assert_eq!(
        parts.inventory.available("KEYBOARD"),
        Ok(KEYBOARDS_IN_STOCK - 2)
    );
    assert_eq!(parts.inventory.available("MUG"), Ok(MUGS_IN_STOCK - 1));
    assert_eq!(
        parts.payments.charges(),
        [Charge {
            id: ChargeId("ch_1".into()),
            card: GOOD_CARD.into(),
            amount: TOTAL,
            reference: 1,
            refunded: false,
        }]
    );
    assert_eq!(
        parts.orders.order(1),
        Ok(Some(Order {
            id: 1,
            customer: CUSTOMER.into(),
            total: TOTAL,
            charge: ChargeId("ch_1".into()),
        }))
    );
    assert_eq!(
        parts.outbox.waiting(),
        Ok(vec![Email {
            order: 1,
            recipient: CUSTOMER.into(),
            subject: "Your order 1 is confirmed".into(),
        }]),
        "the confirmation of order 1 waits in the outbox"
    );
}

#[test]
fn the_next_checkout_sees_the_stock_the_last_one_left() {
    let parts = RealParts::new();
    let api = parts.checkout_api();
    assert_eq!(parts.orders.count(), Ok(0), "a new shop has no orders");
    let first = api.checkout(&two_keyboards_and_a_mug(GOOD_CARD));
    assert_eq!(first.status, 201, "{first:?}");

    let four_keyboards = CheckoutRequest {
        lines: vec![Line::new("KEYBOARD", 4)],
        ..two_keyboards_and_a_mug(GOOD_CARD)
    };
    let second = api.checkout(&four_keyboards);

    assert_eq!(
        second,
        Response {
            status: 409,
            body: "only 3 of KEYBOARD left, and the order wants 4".into()
        }
    );
    assert_eq!(parts.inventory.available("KEYBOARD"), Ok(3));
    assert_eq!(
        parts.payments.charges().len(),
        1,
        "only the first is charged"
    );
    assert_eq!(parts.orders.count(), Ok(1));
    assert_eq!(
        parts.outbox.waiting().map(|emails| emails.len()),
        Ok(1),
        "only the first is confirmed"
    );
}
