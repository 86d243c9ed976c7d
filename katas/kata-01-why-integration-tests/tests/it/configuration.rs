//! Chapter 1's first question, configuration: were both sides set up the
//! same way? Every part works with the settings it is given, but were the
//! settings given to every part?

use crate::helpers::{GOOD_CARD, order, shop_with};

#[test]
fn a_shop_set_up_for_euros_takes_payment_in_euros() {
    let mut shop = shop_with("name = La Petite Boutique\ncurrency = EUR\n");

    let placed = shop.place_order(&order("MUG", 1, GOOD_CARD));

    let id = placed.unwrap_or_else(|error| {
        panic!(
            "\nA shop configured with `currency = EUR` could not take an order: {error}.\n\
             CONFIGURATION: the shop's settings are read, but does every component get\n\
             them? Look at how `Shop::new` sets up the payment gateway (src/shop.rs).\n"
        )
    });
    assert!(
        shop.orders().get(id).is_some(),
        "the order should be in the order book"
    );
    assert_eq!(shop.gateway().charges()[0].currency, "EUR");
}
