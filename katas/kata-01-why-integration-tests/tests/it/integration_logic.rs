//! Chapter 1's fourth question, integration logic: what happens when a step
//! fails halfway? Each step can be right while the way they are put together
//! is not.

use kata_01::shop::CheckoutError;

use crate::helpers::{GOOD_CARD, KEYBOARDS_IN_STOCK, order, shop};

#[test]
fn an_order_the_shop_cannot_fill_takes_no_money() {
    let mut shop = shop();

    let placed = shop.place_order(&order("KEYBOARD", KEYBOARDS_IN_STOCK + 1, GOOD_CARD));

    assert!(
        matches!(placed, Err(CheckoutError::OutOfStock(_))),
        "ordering more keyboards than there are should fail as out of stock, got {placed:?}"
    );
    let captured = shop.gateway().captured_cents();
    assert_eq!(
        captured, 0,
        "\nThe order was refused for lack of stock, yet the customer's card was charged\n\
         ({captured} cents captured).\n\
         INTEGRATION LOGIC: each step works, but in which order should they run, and\n\
         what must be undone when a later step fails? See `Shop::place_order` (src/shop.rs).\n"
    );
    assert_eq!(shop.inventory().available("KEYBOARD"), KEYBOARDS_IN_STOCK);
}
