//! From below: the real lower layers, driven by the test in the service's
//! place. Each test calls the parts through the traits of the contract, the
//! way the order service does, and checks what the service relies on.

use kata_05::contract::{
    ChargeId, Notifier, NotifyError, Order, OrderStore, PaymentError, Payments, Stock, StockError,
};
use kata_05::outbox::Email;
use kata_05::payments::Charge;

use crate::helpers::{
    CUSTOMER, DECLINED_CARD, GOOD_CARD, KEYBOARDS_IN_STOCK, MUG_PRICE, RealParts,
};

#[test]
fn reserving_then_releasing_gives_every_item_back() {
    let parts = RealParts::new();

    parts
        .inventory
        .reserve("KEYBOARD", 2)
        .expect("2 of 5 can be reserved");
    assert_eq!(
        parts.inventory.available("KEYBOARD"),
        Ok(KEYBOARDS_IN_STOCK - 2)
    );

    parts
        .inventory
        .release("KEYBOARD", 2)
        .expect("the 2 can be released");
    assert_eq!(
        parts.inventory.available("KEYBOARD"),
        Ok(KEYBOARDS_IN_STOCK),
        "releasing what was reserved restores the stock"
    );
}

#[test]
fn the_last_item_can_be_reserved_and_then_no_more() {
    let parts = RealParts::new();

    assert_eq!(
        parts.inventory.reserve("KEYBOARD", KEYBOARDS_IN_STOCK),
        Ok(()),
        "the whole stock can be reserved, the last item included"
    );
    assert_eq!(parts.inventory.available("KEYBOARD"), Ok(0));
    assert_eq!(
        parts.inventory.reserve("KEYBOARD", 1),
        Err(StockError::OutOfStock {
            sku: "KEYBOARD".into(),
            wanted: 1,
            available: 0
        })
    );
    assert_eq!(parts.inventory.available("KEYBOARD"), Ok(0));
}

#[test]
fn the_outbox_queues_a_confirmation_only_for_a_saved_order() {
    let parts = RealParts::new();
    let id = parts.orders.next_id().expect("an order number");

    assert_eq!(
        parts.outbox.queue_confirmation(id),
        Err(NotifyError::UnknownOrder(id)),
        "an order that is not saved yet has no confirmation"
    );
    assert_eq!(parts.outbox.waiting(), Ok(vec![]));

    let order = Order {
        id,
        customer: CUSTOMER.into(),
        total: MUG_PRICE,
        charge: ChargeId("ch_1".into()),
    };
    parts.orders.save(&order).expect("the order is saved");
    assert_eq!(parts.outbox.queue_confirmation(id), Ok(()));
    assert_eq!(
        parts.outbox.waiting(),
        Ok(vec![Email {
            order: id,
            recipient: CUSTOMER.into(),
            subject: format!("Your order {id} is confirmed"),
        }])
    );
}

#[test]
fn the_sandbox_charges_declines_and_refunds() {
    let parts = RealParts::new();

    let charge = parts
        .payments
        .charge(GOOD_CARD, MUG_PRICE, 7)
        .expect("a good card is charged");
    assert_eq!(
        parts.payments.charge(DECLINED_CARD, MUG_PRICE, 8),
        Err(PaymentError::Declined)
    );
    // What the sandbox's dashboard should show for the mug.
    let the_mug = |refunded| Charge {
        id: charge.clone(),
        card: GOOD_CARD.into(),
        amount: MUG_PRICE,
        reference: 7,
        refunded,
    };
    assert_eq!(
        parts.payments.charges(),
        [the_mug(false)],
        "only the approved charge is made"
    );

    parts.payments.refund(&charge);
    assert_eq!(parts.payments.charges(), [the_mug(true)]);
}
