//! Chapter 1's third question, timing: does each step happen when the next
//! one expects it? Here: when the warehouse is told about an order, can it
//! find that order?

use crate::helpers::{GOOD_CARD, order, shop};

#[test]
fn the_warehouse_ships_a_paid_order() {
    let mut shop = shop();

    let id = shop
        .place_order(&order("MUG", 1, GOOD_CARD))
        .expect("a mug with a good card should be ordered");

    let shipped: Vec<_> = shop
        .warehouse()
        .shipments()
        .iter()
        .map(|s| s.order_id)
        .collect();
    assert_eq!(
        shipped,
        [id],
        "\nOrder {id} was paid but not shipped. The warehouse logged: {:?}\n\
         TIMING: the warehouse looks the order up when it is told about it. Was the\n\
         order in the order book yet? Look at the order of the steps in\n\
         `Shop::place_order` (src/shop.rs).\n",
        shop.warehouse().problems(),
    );
}
