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

#[test]
fn a_refused_order_tells_the_customer_why() {
    let mut shop = shop();

    let placed = shop.place_order(&order("KEYBOARD", KEYBOARDS_IN_STOCK + 1, GOOD_CARD));

    let message = placed.map_err(|error| error.to_string());
    assert_eq!(
        message,
        Err("out of stock: 3 wanted of KEYBOARD, 2 available".to_string()),
        "the customer reads this message: it should say what is missing"
    );
}

#[test]
fn two_orders_are_kept_as_two_orders() {
    let mut shop = shop();

    let mug = shop
        .place_order(&order("MUG", 1, GOOD_CARD))
        .expect("a mug with a good card should be ordered");
    let keyboard = shop
        .place_order(&order("KEYBOARD", 1, GOOD_CARD))
        .expect("a keyboard with a good card should be ordered");

    assert_ne!(
        mug, keyboard,
        "two orders got the same id: the order book keeps one order per id, so the second \
         would replace the first"
    );
    let lines_of = |id| shop.orders().get(id).map(|o| o.lines);
    assert_eq!(lines_of(mug), Some(vec![("MUG".to_string(), 1)]));
    assert_eq!(lines_of(keyboard), Some(vec![("KEYBOARD".to_string(), 1)]));
}
