//! Canceling an order that Ada has already collected: the shop must refuse,
//! and the refusal must change nothing, anywhere.

use quiz_15::Cents;

use crate::support::{TestShop, shop};

/// A shop where Ada ordered one mug (12.50), and collected it.
fn collected() -> (TestShop, u32) {
    let shop = shop();
    let id = shop.place(&[("MUG", 1)]);
    assert_eq!(shop.api.pack(id).status, 200);
    assert_eq!(shop.api.collect(id).status, 200);
    (shop, id)
}

// ANCHOR: refused
#[test]
fn a_collected_order_cannot_be_canceled() {
    let (shop, id) = collected();
    let refused = shop.api.cancel(id);
    assert_eq!(refused.status, 409);
    assert_eq!(refused.body["error"], "invalid_transition");
}
// ANCHOR_END: refused

// ANCHOR: order_unchanged
#[test]
fn a_refused_cancel_leaves_the_order_as_it_was() {
    let (shop, id) = collected();
    let before = shop.api.get_order(id);
    assert_eq!(shop.api.cancel(id).status, 409);
    assert_eq!(shop.api.get_order(id), before);
}
// ANCHOR_END: order_unchanged

// ANCHOR: shelf_unchanged
#[test]
fn a_refused_cancel_leaves_the_shelf_as_it_was() {
    let (shop, id) = collected();
    assert_eq!(shop.api.cancel(id).status, 409);
    assert_eq!(shop.api.get_product("MUG").body["on_shelf"], 9);
}
// ANCHOR_END: shelf_unchanged

// ANCHOR: no_money
#[test]
fn a_refused_cancel_moves_no_money() {
    let (shop, id) = collected();
    assert_eq!(shop.api.cancel(id).status, 409);
    assert_eq!(shop.card.charges(), [(id, Cents(1250))]);
    assert_eq!(shop.card.refunds(), []);
}
// ANCHOR_END: no_money

// ANCHOR: allowed
#[test]
fn canceling_a_placed_order_refunds_it_once() {
    let shop = shop();
    let id = shop.place(&[("MUG", 1)]);
    assert_eq!(shop.api.cancel(id).status, 200);
    assert_eq!(shop.card.refunds(), [(id, Cents(1250))]);
    assert_eq!(shop.api.get_product("MUG").body["on_shelf"], 10);
}
// ANCHOR_END: allowed
