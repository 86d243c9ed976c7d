//! Phase 1: the top layer first. The real controller, and a stub where the
//! order service will be: as far as these tests know, nothing exists below
//! the controller yet. Write `StubOrderService` in `stubs.rs` to make them
//! pass: `cargo test -p kata-03 phase_1`.

use kata_03::controller::{NewOrder, OrderController, OrderError, Receipt, Status};
use kata_03::money::Cents;

use crate::helpers::{GOOD_CARD, KEYBOARD, MUG, line, order};
use crate::stubs::StubOrderService;

// ANCHOR: wiring
/// Phase 1's stack: the real controller over a stub order service.
fn shop(service: StubOrderService) -> OrderController<StubOrderService> {
    OrderController::new(service)
}
// ANCHOR_END: wiring

/// This phase's tests. Phase 3 runs them first, and waits until they pass
/// (see `earlier_phases.rs`).
pub const TESTS: [fn(); 4] = [
    a_placed_order_is_answered_201_with_its_number_and_total,
    a_request_without_items_is_answered_400_and_never_reaches_the_service,
    each_refusal_of_the_service_is_answered_with_its_own_status,
    every_answer_carries_its_http_status_line,
];

fn receipt() -> Receipt {
    Receipt {
        order_id: 7,
        total: Cents(6134),
        charge_id: "ch_stub".to_string(),
    }
}

// ANCHOR: placed
#[test]
fn a_placed_order_is_answered_201_with_its_number_and_total() {
    let mut shop = shop(StubOrderService::placing(receipt()));

    let response = shop.post_order(&order(GOOD_CARD, &[(" mug", 2), ("Keyboard", 1)]));

    assert_eq!(
        response.status,
        Status::Created,
        "\nThe controller answered {} {:?} over a StubOrderService::placing(..).\n\
         A stub made with `placing` should answer every order with Ok(the receipt it was\n\
         made with). Look at `place_order` in StubOrderService (tests/it/stubs.rs).\n",
        response.status,
        response.body,
    );
    assert_eq!(response.body, "order 7 placed: 61.34 charged");
    let expected = NewOrder {
        card: GOOD_CARD.to_string(),
        lines: vec![line(MUG, 2), line(KEYBOARD, 1)],
    };
    assert_eq!(
        shop.service().received(),
        [expected],
        "\nThe stub should have received exactly one order: the request, checked and with\n\
         its skus in capitals. `received` should return every order that `place_order`\n\
         was given: does StubOrderService keep them (tests/it/stubs.rs)?\n",
    );
}
// ANCHOR_END: placed

#[test]
fn a_request_without_items_is_answered_400_and_never_reaches_the_service() {
    let mut shop = shop(StubOrderService::placing(receipt()));

    let response = shop.post_order(&order(GOOD_CARD, &[]));

    assert_eq!(response.status, Status::BadRequest);
    assert_eq!(response.body, "an order needs at least one item");
    let received = shop.service().received();
    assert!(
        received.is_empty(),
        "\nThe controller refuses a bad request itself, so the stub should have received no\n\
         order, yet `received` says {received:?}. Does StubOrderService::received return\n\
         only what place_order was given (tests/it/stubs.rs)?\n",
    );
}

#[test]
fn each_refusal_of_the_service_is_answered_with_its_own_status() {
    let refusals = [
        (
            OrderError::UnknownProduct {
                sku: "TEAPOT".to_string(),
            },
            Status::NotFound,
            "no product TEAPOT",
        ),
        (
            OrderError::OutOfStock {
                sku: KEYBOARD.to_string(),
                wanted: 3,
            },
            Status::Conflict,
            "not enough KEYBOARD in stock for 3",
        ),
        (
            OrderError::PaymentDeclined,
            Status::PaymentRequired,
            "the card was declined",
        ),
    ];
    for (error, status, body) in refusals {
        let mut shop = shop(StubOrderService::refusing(error.clone()));

        let response = shop.post_order(&order(GOOD_CARD, &[(MUG, 1)]));

        assert_eq!(
            (response.status, response.body.as_str()),
            (status, body),
            "\nOver a StubOrderService::refusing({error:?}), the controller should answer\n\
             {status}. A stub made with `refusing` should answer every order with\n\
             Err(the error it was made with): look at StubOrderService (tests/it/stubs.rs).\n",
        );
    }
}

/// A client acts on the number of the status line, not on its words: each
/// answer must carry the number HTTP gives it.
#[test]
fn every_answer_carries_its_http_status_line() {
    let teapot = "TEAPOT".to_string();
    let answers = [
        (
            StubOrderService::placing(receipt()),
            vec![(MUG, 1)],
            "201 Created",
        ),
        (
            StubOrderService::placing(receipt()),
            vec![],
            "400 Bad Request",
        ),
        (
            StubOrderService::refusing(OrderError::UnknownProduct { sku: teapot }),
            vec![("TEAPOT", 1)],
            "404 Not Found",
        ),
        (
            StubOrderService::refusing(OrderError::PaymentDeclined),
            vec![(MUG, 1)],
            "402 Payment Required",
        ),
        (
            StubOrderService::refusing(OrderError::OutOfStock {
                sku: KEYBOARD.to_string(),
                wanted: 3,
            }),
            vec![(KEYBOARD, 3)],
            "409 Conflict",
        ),
    ];
    for (service, lines, status_line) in answers {
        let mut shop = shop(service);

        let response = shop.post_order(&order(GOOD_CARD, &lines));

        assert_eq!(
            response.status.to_string(),
            status_line,
            "\nThe controller answered {:?} with the status line {:?}, where a client expects\n\
             {status_line:?}: a client reads the number, so each status must carry the one HTTP\n\
             gives it. If the status itself is the wrong one, look at StubOrderService\n\
             (tests/it/stubs.rs), as for the other tests of this phase.\n",
            response.body,
            response.status.to_string(),
        );
    }
}
