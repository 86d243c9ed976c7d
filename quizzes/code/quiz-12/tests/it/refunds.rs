//! Returns of other items, for other reasons, each kept with the redactions
//! that check (see `support::checked_redactions`).

use insta::assert_json_snapshot;
use quiz_12::returns::{Reason, open_return};

use crate::support::{a_fresh_order, checked_redactions, item};

// ANCHOR: refunds
#[test]
fn a_return_of_a_cable_the_customer_no_longer_wants() {
    let order = a_fresh_order();
    let opened = open_return(&order, &[item("CABLE", 1, 1950, Reason::ChangedMind)]);
    checked_redactions(order).bind(|| assert_json_snapshot!(opened));
}

#[test]
fn a_return_of_two_mugs_the_customer_no_longer_wants() {
    let order = a_fresh_order();
    let opened = open_return(&order, &[item("MUG", 2, 1250, Reason::ChangedMind)]);
    checked_redactions(order).bind(|| assert_json_snapshot!(opened));
}

#[test]
fn a_return_of_a_damaged_mug() {
    let order = a_fresh_order();
    let opened = open_return(&order, &[item("MUG", 1, 1250, Reason::Damaged)]);
    checked_redactions(order).bind(|| assert_json_snapshot!(opened));
}
// ANCHOR_END: refunds
