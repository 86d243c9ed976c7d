//! What orders of different baskets cost. The expected amounts are worked
//! out by hand from the catalog: a mug is 12.50, a lamp 30.00.

use quiz_15::Cents;

use crate::support::shop;

// ANCHOR: mug_and_lamp
#[test]
fn a_mug_and_a_lamp_cost_42_50() {
    let shop = shop();
    let id = shop.place(&[("MUG", 1), ("LAMP", 1)]);
    // 12.50 + 30.00
    assert_eq!(shop.api.get_order(id).body["total_cents"], 4250);
    assert_eq!(shop.card.charges(), [(id, Cents(4250))]);
}
// ANCHOR_END: mug_and_lamp

// ANCHOR: two_mugs
#[test]
fn two_mugs_and_a_lamp_cost_55_00() {
    let shop = shop();
    let id = shop.place(&[("MUG", 2), ("LAMP", 1)]);
    // 2 x 12.50 + 30.00
    assert_eq!(shop.api.get_order(id).body["total_cents"], 5500);
    assert_eq!(shop.card.charges(), [(id, Cents(5500))]);
}
// ANCHOR_END: two_mugs
