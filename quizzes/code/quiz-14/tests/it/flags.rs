//! Shipping, and feature flags kept in a `static`. The tests that read or
//! switch on the process's flags depend on which tests ran before them in
//! the same process: they are ignored, and the quiz runs them on one thread,
//! where libtest runs tests in the order of their names. (The quiz shows each
//! test from its `fn` on, so that the attributes don't give its answer away.)

use quiz_14::Cents;
use quiz_14::flags::{self, FREE_SHIPPING, Flags};
use quiz_14::shipping::{quote, quote_with};

/// 60.00: more than the 50.00 from which the promotion ships for free.
const BIG_BASKET: Cents = Cents(6000);

#[test]
#[ignore = "quiz: switches a flag on for the whole test process"]
// ANCHOR: promotion
fn a_promotion_makes_big_baskets_ship_free() {
    flags::switch_on(FREE_SHIPPING);
    assert_eq!(quote(BIG_BASKET), Cents(0));
}
// ANCHOR_END: promotion

#[test]
#[ignore = "quiz: reads the process's flags, which other tests switch on"]
// ANCHOR: during_the_promotion
fn big_baskets_ship_free_during_the_promotion() {
    assert_eq!(quote(BIG_BASKET), Cents(0));
}
// ANCHOR_END: during_the_promotion

#[test]
#[ignore = "quiz: reads the process's flags, which other tests switch on"]
// ANCHOR: standard
fn standard_shipping_costs_4_90() {
    assert_eq!(quote(BIG_BASKET), Cents(490));
}
// ANCHOR_END: standard

// ANCHOR: own_flags
#[test]
fn standard_shipping_with_flags_of_its_own() {
    assert_eq!(quote_with(&Flags::default(), BIG_BASKET), Cents(490));
}

#[test]
fn a_promotion_with_flags_of_its_own() {
    let flags = Flags::with(FREE_SHIPPING);
    assert_eq!(quote_with(&flags, BIG_BASKET), Cents(0));
}
// ANCHOR_END: own_flags
