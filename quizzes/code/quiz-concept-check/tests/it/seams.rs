//! The delivery promise: each part on its own, and the two together.

use quiz_concept_check::checkout::delivery_promise;
use quiz_concept_check::promise;
use quiz_concept_check::transit::{self, Zone};

// ANCHOR: transit
#[test]
fn a_domestic_parcel_travels_two_days() {
    assert_eq!(transit::days(Zone::Domestic), 2);
}
// ANCHOR_END: transit

// ANCHOR: promise
#[test]
fn the_promise_names_the_hours() {
    assert_eq!(promise::within(48), "Arrives within 48 hours");
}
// ANCHOR_END: promise

// ANCHOR: checkout
#[test]
fn a_domestic_order_is_promised_within_48_hours() {
    assert_eq!(delivery_promise(Zone::Domestic), "Arrives within 48 hours");
}
// ANCHOR_END: checkout
