//! Chapter 1's fifth question, an external system: does the service outside
//! behave the way the shop assumed? The provider behaves as its documentation
//! says, which is not always what its callers expect.

use kata_01::payments::DECLINED_CARD;
use kata_01::shop::CheckoutError;

use crate::helpers::{MUGS_IN_STOCK, order, shop};

#[test]
fn a_declined_card_places_no_order_and_keeps_the_stock() {
    let mut shop = shop();

    let placed = shop.place_order(&order("MUG", 3, DECLINED_CARD));

    assert!(
        matches!(placed, Err(CheckoutError::PaymentDeclined(_))),
        "\nThe provider declined the card, but the checkout answered {placed:?}.\n\
         EXTERNAL SYSTEM: CardPay does not report a decline as an error. Read the\n\
         top of src/payments.rs, then what `Shop::place_order` does with the\n\
         provider's response (src/shop.rs).\n"
    );
    assert!(
        shop.orders().is_empty(),
        "a declined order should not be in the order book"
    );
    assert_eq!(
        shop.inventory().available("MUG"),
        MUGS_IN_STOCK,
        "a declined order should keep the stock"
    );
}
