//! Phase 2: one layer down. The stub order service of phase 1 is gone: the
//! real checkout takes its place under the real controller, and stubs stand
//! where the stock room and the card provider will be. Write `StubInventory`
//! and `StubPayment` in `stubs.rs` to make these pass:
//! `cargo test -p kata-03 phase_2`.
//!
//! Phase 3 runs the first three tests again, with every layer real.

use kata_03::cardpay::DECLINED_CARD;
use kata_03::checkout::Checkout;
use kata_03::controller::{OrderController, Status};
use kata_03::money::Cents;

use crate::helpers::{
    GOOD_CARD, KEYBOARD, KEYBOARD_PRICE, KEYBOARDS_IN_STOCK, MUG, MUG_PRICE, STOCK, catalog, order,
};
use crate::stubs::{StubInventory, StubPayment};

// ANCHOR: wiring
type Shop = OrderController<Checkout<StubInventory, StubPayment>>;

/// Phase 2's stack: the real controller over the real checkout, over a stub
/// inventory with the usual stock and the given stub payment gateway.
fn shop(payments: StubPayment) -> Shop {
    let inventory = StubInventory::with_stock(&STOCK);
    OrderController::new(Checkout::new(catalog(), inventory, payments))
}
// ANCHOR_END: wiring

/// This phase's tests. Phase 3 runs them first, and waits until they pass
/// (see `earlier_phases.rs`).
pub const TESTS: [fn(); 4] = [
    a_paid_order_is_reserved_charged_and_created,
    an_order_larger_than_the_stock_is_refused,
    a_declined_card_puts_the_stock_back,
    each_order_gets_its_own_number_and_is_charged_its_own_total,
];

/// What is on the stub's shelves, by product.
fn shelves(shop: &Shop) -> [(&'static str, u32); 2] {
    let inventory = shop.service().inventory();
    [MUG, KEYBOARD].map(|sku| (sku, inventory.available(sku)))
}

#[test]
fn a_paid_order_is_reserved_charged_and_created() {
    let mut shop = shop(StubPayment::approving());

    let response = shop.post_order(&order(GOOD_CARD, &[(MUG, 2), (KEYBOARD, 1)]));

    assert_eq!(
        response.status,
        Status::Created,
        "\nThe order was answered {} {:?}. With {STOCK:?} on the stub's shelf and a\n\
         StubPayment::approving(), the checkout should place it. Does StubInventory::reserve\n\
         set aside what is asked when the shelf has enough, and does StubPayment::approving\n\
         approve (tests/it/stubs.rs)?\n",
        response.status,
        response.body,
    );
    assert_eq!(
        shop.service().payments().charged(),
        [MUG_PRICE * 2 + KEYBOARD_PRICE],
        "\nThe stub payment should have approved one charge, for 2 mugs and a keyboard.\n\
         Does StubPayment::charge remember the amounts it approves, and `charged` return them?\n",
    );
    assert_eq!(
        shelves(&shop),
        [(MUG, 3), (KEYBOARD, 1)],
        "\nThe order's items should be off the stub's shelf. Does StubInventory::reserve take\n\
         them off, and StubInventory::available read the shelf (tests/it/stubs.rs)?\n",
    );
}

#[test]
fn an_order_larger_than_the_stock_is_refused() {
    let mut shop = shop(StubPayment::approving());
    let too_many = KEYBOARDS_IN_STOCK + 1;

    let response = shop.post_order(&order(GOOD_CARD, &[(MUG, 1), (KEYBOARD, too_many)]));

    assert_eq!(
        response.status,
        Status::Conflict,
        "\n{too_many} keyboards were ordered with {KEYBOARDS_IN_STOCK} on the stub's shelf, and the \
         order was answered {} {:?},\n\
         not 409 Conflict. What does your StubInventory::reserve answer when the shelf holds\n\
         fewer than asked, and what does Checkout::reserve_all (src/checkout.rs) expect?\n\
         Top-down stubs are written from what the layer above expects, before the layer\n\
         below exists: read reserve_all and the Inventory trait, and answer as they expect.\n",
        response.status,
        response.body,
    );
    let charged = shop.service().payments().charged();
    assert!(
        charged.is_empty(),
        "a refused order must not be charged, yet the stub payment approved {charged:?}"
    );
    assert_eq!(
        shelves(&shop),
        STOCK,
        "\nA refused order should leave the stock as it was: whatever was set aside for it goes\n\
         back on the shelf. Does StubInventory::release put items back (tests/it/stubs.rs), and\n\
         does Checkout::reserve_all give back all it set aside (src/checkout.rs)?\n",
    );
}

#[test]
fn a_declined_card_puts_the_stock_back() {
    let mut shop = shop(StubPayment::declining());

    let response = shop.post_order(&order(DECLINED_CARD, &[(MUG, 2)]));

    assert_eq!(
        response.status,
        Status::PaymentRequired,
        "\nOver a StubPayment::declining(), the order was answered {} {:?}.\n\
         A stub made with `declining` should answer every charge with\n\
         Err(PaymentError::Declined): look at StubPayment (tests/it/stubs.rs).\n",
        response.status,
        response.body,
    );
    assert_eq!(
        shelves(&shop),
        STOCK,
        "\nA declined order should leave the stock as it was: the checkout puts back what it\n\
         set aside. Does StubInventory::release put items back on the shelf (tests/it/stubs.rs)?\n",
    );
}

/// Two orders in a row: each gets a number of its own, and each is charged
/// its own total. The totals are worked out by hand from the catalog's prices,
/// not with the shop's own arithmetic, which would share its mistakes.
#[test]
fn each_order_gets_its_own_number_and_is_charged_its_own_total() {
    let mut shop = shop(StubPayment::approving());

    let first = shop.post_order(&order(GOOD_CARD, &[(MUG, 2)]));
    let second = shop.post_order(&order(GOOD_CARD, &[(MUG, 1), (KEYBOARD, 1)]));

    assert_eq!(
        [first.body.as_str(), second.body.as_str()],
        [
            "order 1 placed: 12.34 charged",
            "order 2 placed: 55.17 charged"
        ],
        "\nTwo orders in a row should be numbered 1 and 2, and each priced on its own: 2 mugs\n\
         at 6.17, then a mug and a keyboard at 49.00. If they were not placed at all, look at\n\
         StubInventory and StubPayment (tests/it/stubs.rs), as for the first test of this phase.\n",
    );
    assert_eq!(
        shop.service().payments().charged(),
        [Cents(1234), Cents(5517)],
        "\nThe stub payment should have approved one charge per order, each for that order's\n\
         total. Does StubPayment::charge remember every amount it approves, oldest first?\n",
    );
}
