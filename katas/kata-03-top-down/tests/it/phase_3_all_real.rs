//! Phase 3: the last stubs go. Every layer is real: the controller, the
//! checkout, the stock room and the card provider's sandbox. The first three
//! tests are phase 2's three tests, with the same names and the same checks,
//! on the real stack. The last one checks your stubs against the real layers
//! they stand in for, so that the stubs stay honest for the next time phase 2
//! runs: `cargo test -p kata-03 phase_3`.
//!
//! Each test starts by checking that phases 1 and 2 pass: until they do,
//! there are no stubs to compare the real layers with, and every test here
//! says "do phases 1 and 2 first".

use kata_03::cardpay::{CardPaySandbox, DECLINED_CARD};
use kata_03::checkout::{Checkout, Inventory, PaymentGateway};
use kata_03::controller::{OrderController, Status};
use kata_03::money::Cents;
use kata_03::stockroom::Stockroom;

use crate::earlier_phases::require_phases_1_and_2;
use crate::helpers::{
    GOOD_CARD, KEYBOARD, KEYBOARD_PRICE, KEYBOARDS_IN_STOCK, MUG, MUG_PRICE, STOCK, catalog, order,
};
use crate::stubs::{StubInventory, StubPayment};

// ANCHOR: wiring
type Shop = OrderController<Checkout<Stockroom, CardPaySandbox>>;

/// Phase 3's stack: every layer real, the stock room holding the usual stock.
fn shop() -> Shop {
    let inventory = Stockroom::with_stock(&STOCK);
    OrderController::new(Checkout::new(catalog(), inventory, CardPaySandbox::new()))
}
// ANCHOR_END: wiring

/// What is on the stock room's shelves, by product.
fn shelves(shop: &Shop) -> [(&'static str, u32); 2] {
    let inventory = shop.service().inventory();
    [MUG, KEYBOARD].map(|sku| (sku, inventory.available(sku)))
}

/// Every amount the card provider's sandbox approved.
fn charged(shop: &Shop) -> Vec<Cents> {
    let charges = shop.service().payments().charges();
    charges.iter().map(|charge| charge.amount).collect()
}

/// Said when a test that passed over the stubs in phase 2 fails here.
const SAME_TEST_AS_PHASE_2: &str = "\
Phase 2 runs this same test over the stubs. If it passes there and fails here, the stubs and \
the real layers disagree: compare them.";

#[test]
fn a_paid_order_is_reserved_charged_and_created() {
    require_phases_1_and_2();
    let mut shop = shop();

    let response = shop.post_order(&order(GOOD_CARD, &[(MUG, 2), (KEYBOARD, 1)]));

    assert_eq!(
        response.status,
        Status::Created,
        "\nThe real shop answered {} {:?}.\n{SAME_TEST_AS_PHASE_2}\n",
        response.status,
        response.body,
    );
    assert_eq!(charged(&shop), [MUG_PRICE * 2 + KEYBOARD_PRICE]);
    assert_eq!(shelves(&shop), [(MUG, 3), (KEYBOARD, 1)]);
}

#[test]
fn an_order_larger_than_the_stock_is_refused() {
    require_phases_1_and_2();
    let mut shop = shop();
    let too_many = KEYBOARDS_IN_STOCK + 1;

    let response = shop.post_order(&order(GOOD_CARD, &[(MUG, 1), (KEYBOARD, too_many)]));

    let charged: Cents = charged(&shop).into_iter().sum();
    let keyboards_left = shop.service().inventory().available(KEYBOARD);
    assert_eq!(
        response.status,
        Status::Conflict,
        "\nTHE STUB WAS WRONG\n\
         This is the moment of the kata: the same test passed in phase 2 over your stubs, and\n\
         fails now that the layers below the checkout are real.\n\
         {too_many} keyboards were ordered with {KEYBOARDS_IN_STOCK} in the stock room. The shop \
         answered {} {:?}\n\
         instead of 409 Conflict, charged the card {charged}, and left {keyboards_left} keyboards \
         in the stock room.\n\
         Checkout::reserve_all (src/checkout.rs) assumes that an inventory refuses a reservation\n\
         it cannot fill. A stub written from that assumption agrees with it, so phase 2 could\n\
         not see that it is wrong. The real stock room does not refuse: read Stockroom::reserve\n\
         (src/stockroom.rs).\n\
         Fix the integration point, Checkout::reserve_all; then make StubInventory answer like\n\
         the real one (the last test, each_stub_answers_like_the_real_layer, checks that)\n\
         and run phase 2 again.\n",
        response.status,
        response.body,
    );
    assert_eq!(charged, Cents(0), "a refused order must not be charged");
    assert_eq!(
        shelves(&shop),
        STOCK,
        "\nA refused order should leave the stock as it was: everything set aside for it,\n\
         on every line, goes back on the shelf (see Checkout::reserve_all, src/checkout.rs).\n",
    );
}

#[test]
fn a_declined_card_puts_the_stock_back() {
    require_phases_1_and_2();
    let mut shop = shop();

    let response = shop.post_order(&order(DECLINED_CARD, &[(MUG, 2)]));

    assert_eq!(
        response.status,
        Status::PaymentRequired,
        "\nThe real shop answered {} {:?}.\n{SAME_TEST_AS_PHASE_2}\n",
        response.status,
        response.body,
    );
    assert_eq!(shelves(&shop), STOCK);
}

/// Not a test of the shop: a check that the stubs tell the truth. The same
/// calls go to each stub you wrote for phase 2 and to the real layer it
/// stands in for, from the same start, and each must answer as the other
/// does.
#[test]
fn each_stub_answers_like_the_real_layer() {
    require_phases_1_and_2();
    the_payment_stubs_answer_like_the_sandbox();
    the_stub_inventory_answers_like_the_stock_room();
}

/// `StubPayment::approving` against the sandbox with a card it approves, and
/// `StubPayment::declining` against the sandbox with the card it declines.
fn the_payment_stubs_answer_like_the_sandbox() {
    let amount = MUG_PRICE * 2;
    let cases = [
        (StubPayment::approving(), GOOD_CARD, "the card is approved"),
        (
            StubPayment::declining(),
            DECLINED_CARD,
            "the card is declined",
        ),
    ];
    for (mut stub, card, situation) in cases {
        let mut real = CardPaySandbox::new();
        let stub_answer = stub.charge(card, amount);
        let real_answer = real.charge(card, amount);
        // The charge ids may differ: each provider names its charges its own way.
        assert_eq!(
            stub_answer.as_ref().err(),
            real_answer.as_ref().err(),
            "\nYour StubPayment and the card provider's sandbox disagree when {situation}:\n\
             asked to charge {amount}, the stub answered {stub_answer:?} and the sandbox\n\
             {real_answer:?}. Look at StubPayment::charge (tests/it/stubs.rs).\n",
        );
        let real_charged: Vec<Cents> = real.charges().iter().map(|c| c.amount).collect();
        assert_eq!(
            stub.charged(),
            real_charged.as_slice(),
            "\nWhen {situation}, the stub says it charged {:?} and the sandbox {real_charged:?}.\n\
             A stub should remember only the charges it approved (tests/it/stubs.rs).\n",
            stub.charged(),
        );
    }
}

/// `StubInventory` against the real `Stockroom`, from the same stock.
fn the_stub_inventory_answers_like_the_stock_room() {
    let mut stub = StubInventory::with_stock(&STOCK);
    let mut real = Stockroom::with_stock(&STOCK);
    let mut both_reserve = |sku: &str, quantity: u32, situation: &str| {
        let on_shelf = real.available(sku);
        let stub_answer = stub.reserve(sku, quantity);
        let real_answer = real.reserve(sku, quantity);
        assert_eq!(
            stub_answer, real_answer,
            "\nYour StubInventory and the real Stockroom disagree when {situation}:\n\
             asked to reserve {quantity} {sku} with {on_shelf} on the shelf, the stub answered\n\
             {stub_answer:?} and the stock room {real_answer:?}.\n\
             A stub that answers differently from the real thing lets tests pass that should\n\
             fail. Make StubInventory::reserve (tests/it/stubs.rs) keep the contract that\n\
             Stockroom::reserve documents (src/stockroom.rs), then run phase 2 again.\n",
        );
        assert_eq!(
            stub.available(sku),
            real.available(sku),
            "after reserving {quantity} {sku} when {situation}, the stub's shelf should hold \
             what the stock room's does",
        );
    };

    both_reserve(MUG, 2, "the shelf has enough");
    both_reserve(
        KEYBOARD,
        KEYBOARDS_IN_STOCK + 1,
        "the shelf has fewer than asked",
    );
    both_reserve(KEYBOARD, 1, "the shelf is empty");
    both_reserve("TEAPOT", 1, "the product was never stocked");

    stub.release(MUG, 2);
    real.release(MUG, 2);
    assert_eq!(
        stub.available(MUG),
        real.available(MUG),
        "after a release, the stub's shelf should hold what the stock room's does",
    );
}
