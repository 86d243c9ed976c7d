//! Step 6: the checkout charges the card, and writes a receipt that says
//! when it was paid and until when the purchase can be returned.

use kata_14::checkout::{Card, Cents, Checkout, PaymentError};
use kata_14::clock::{Clock, Timestamp};

use crate::fixtures::FixedClock;
use crate::support::gateway::FakeGateway;

pub fn a_receipt_says_when_the_card_was_charged() {
    // One clock for the checkout and for the test: both read the same time,
    // however long the bank takes between the two readings.
    let clock = FixedClock::at(Timestamp::from_millis(1_767_225_600_000));
    let checkout = Checkout::with_clock(FakeGateway::approving(), clock);
    let now = clock.now();

    let receipt = checkout
        .pay(Cents(1250), &Card::new("4242 4242 4242 4242"))
        .expect("the card is approved");

    assert_eq!(receipt.total, Cents(1250));
    assert_eq!(receipt.paid_at, now);
    assert_eq!(
        receipt.returns_until,
        now.plus_days(30),
        "a purchase can be returned for 30 days"
    );
}

pub fn a_declined_card_gets_no_receipt() {
    let checkout = Checkout::new(FakeGateway::declining());

    let paid = checkout.pay(Cents(1250), &Card::new("4000 0000 0000 0002"));

    assert_eq!(paid, Err(PaymentError::Declined));
}
