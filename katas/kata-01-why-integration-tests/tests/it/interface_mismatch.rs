//! Chapter 1's second question, interface mismatch: do both sides mean the
//! same thing by a value? Two components can agree on a function's types and
//! not on what the values mean.

use crate::helpers::{GOOD_CARD, MUG_PRICE, order, shop};

// ANCHOR: test
#[test]
fn the_provider_is_charged_what_the_basket_costs() {
    let mut shop = shop();

    shop.place_order(&order("MUG", 2, GOOD_CARD))
        .expect("two mugs with a good card should be ordered");

    let basket = MUG_PRICE * 2;
    let charged = shop.gateway().charges()[0].amount_cents;
    assert_eq!(
        charged,
        basket.0,
        "\nThe basket costs {basket}, but CardPay understood {}.{:02}.\n\
         INTERFACE MISMATCH: both sides pass a number, but do they mean the same unit?\n\
         Compare what `PaymentGateway::charge` expects (src/payments.rs) with what\n\
         `Shop::place_order` sends it (src/shop.rs).\n",
        charged / 100,
        charged % 100,
    );
}
// ANCHOR_END: test
