//! From above: the real checkout endpoint and the real order service, with
//! stubs for every part below. The stubs can answer what the real parts
//! rarely or never do, and they write down what the service asked of them.

use kata_05::api::{CheckoutRequest, Response};
use kata_05::contract::{ChargeId, Order};
use kata_05::money::Cents;
use kata_05::orders::Line;

use crate::helpers::{
    CUSTOMER, GOOD_CARD, KEYBOARD_PRICE, MUG_PRICE, Stubs, two_keyboards_and_a_mug,
};
use crate::stubs::{STUB_CHARGE_ID, STUB_ORDER_ID, StubNotifier, StubPayments};

const TOTAL: Cents = Cents(KEYBOARD_PRICE.0 * 2 + MUG_PRICE.0);

/// The lines of `two_keyboards_and_a_mug`, as the stub stock records them.
fn the_cart() -> Vec<(String, u32)> {
    vec![("KEYBOARD".to_string(), 2), ("MUG".to_string(), 1)]
}

fn the_saved_order() -> Order {
    Order {
        id: STUB_ORDER_ID,
        customer: CUSTOMER.to_string(),
        total: TOTAL,
        charge: ChargeId(STUB_CHARGE_ID.to_string()),
    }
}

/// Given. A cart with a product the shop does not sell: the service finds
/// out while it prices the cart, before it asks anything of the parts below,
/// so the customer gets a 404 that names the product, and no stub was asked
/// to do anything.
#[test]
fn an_unknown_product_is_answered_404_and_nothing_below_is_touched() {
    let stubs = Stubs::default();
    let request = CheckoutRequest {
        lines: vec![Line::new("KEYBOARD", 1), Line::new("TEAPOT", 1)],
        ..two_keyboards_and_a_mug(GOOD_CARD)
    };

    let response = stubs.checkout_api().checkout(&request);

    assert_eq!(response.status, 404, "{response:?}");
    assert!(
        response.body.contains("TEAPOT"),
        "the answer names the product: {response:?}"
    );
    assert!(stubs.stock.reserved().is_empty(), "nothing is reserved");
    assert!(stubs.payments.charges().is_empty(), "no card is charged");
    assert!(stubs.orders.saved().is_empty(), "no order is recorded");
    assert!(stubs.notifier.queued().is_empty(), "no email is queued");
}

#[test]
fn a_checkout_is_answered_201_and_reaches_every_part_below() {
    let stubs = Stubs::default();

    let response = stubs
        .checkout_api()
        .checkout(&two_keyboards_and_a_mug(GOOD_CARD));

    assert_eq!(
        response,
        Response {
            status: 201,
            body: "order 41 placed: 104.17 charged; a confirmation email is on its way".into()
        }
    );
    assert_eq!(stubs.stock.reserved(), the_cart(), "each line is reserved");
    assert_eq!(
        stubs.payments.charges(),
        [(GOOD_CARD.to_string(), TOTAL, STUB_ORDER_ID)],
        "the card is charged the total once, with the order number as reference"
    );
    assert_eq!(stubs.orders.saved(), [the_saved_order()]);
    assert_eq!(stubs.notifier.queued(), [STUB_ORDER_ID]);
    assert!(stubs.stock.released().is_empty(), "nothing is given back");
    assert!(stubs.payments.refunds().is_empty(), "nothing is refunded");
}

#[test]
fn a_declined_card_is_answered_402_and_gives_the_stock_back() {
    let stubs = Stubs {
        payments: StubPayments::declining(),
        ..Stubs::default()
    };

    let response = stubs
        .checkout_api()
        .checkout(&two_keyboards_and_a_mug(GOOD_CARD));

    assert_eq!(response.status, 402, "{response:?}");
    assert_eq!(
        stubs.stock.released(),
        the_cart(),
        "every reserved line is given back"
    );
    assert!(stubs.orders.saved().is_empty(), "no order is recorded");
    assert!(
        stubs.notifier.queued().is_empty(),
        "no confirmation is sent"
    );
}

#[test]
fn a_provider_outage_is_answered_503_and_gives_the_stock_back() {
    let stubs = Stubs {
        payments: StubPayments::unavailable(),
        ..Stubs::default()
    };

    let response = stubs
        .checkout_api()
        .checkout(&two_keyboards_and_a_mug(GOOD_CARD));

    assert_eq!(response.status, 503, "{response:?}");
    assert_eq!(
        stubs.stock.released(),
        the_cart(),
        "every reserved line is given back when the provider is down"
    );
    assert!(stubs.orders.saved().is_empty(), "no order is recorded");
    assert!(
        stubs.notifier.queued().is_empty(),
        "no confirmation is sent"
    );
}

#[test]
fn an_email_that_cannot_be_queued_does_not_undo_a_paid_order() {
    let stubs = Stubs {
        notifier: StubNotifier::failing(),
        ..Stubs::default()
    };

    let response = stubs
        .checkout_api()
        .checkout(&two_keyboards_and_a_mug(GOOD_CARD));

    assert_eq!(
        response,
        Response {
            status: 201,
            body: "order 41 placed: 104.17 charged; your confirmation email will follow later"
                .into()
        }
    );
    assert_eq!(
        stubs.orders.saved(),
        [the_saved_order()],
        "the order stands"
    );
    assert!(stubs.payments.refunds().is_empty(), "the charge stands");
    assert!(stubs.stock.released().is_empty(), "the items stay reserved");
}

#[test]
fn a_request_that_is_wrong_on_its_face_is_answered_400_and_reaches_nothing_below() {
    let stubs = Stubs::default();
    let api = stubs.checkout_api();
    let order = |change: fn(&mut CheckoutRequest)| {
        let mut request = two_keyboards_and_a_mug(GOOD_CARD);
        change(&mut request);
        api.checkout(&request)
    };

    assert_eq!(
        order(|r| r.lines.clear()),
        Response {
            status: 400,
            body: "the cart is empty".into()
        }
    );
    assert_eq!(
        order(|r| r.lines.push(Line::new("MUG", 0))),
        Response {
            status: 400,
            body: "MUG has a quantity of 0".into()
        }
    );
    assert_eq!(
        order(|r| r.customer = "ada at the shop".into()),
        Response {
            status: 400,
            body: "\"ada at the shop\" is not an email address".into()
        }
    );
    assert!(stubs.stock.reserved().is_empty(), "nothing is reserved");
    assert!(stubs.payments.charges().is_empty(), "nothing is charged");
    assert!(stubs.orders.saved().is_empty(), "nothing is saved");
}
