//! Big-bang integration tests for the order system: **the file you write.**
//!
//! Big-bang means every part is real and wired together at once: one
//! `Database::open_in_memory()`, and an `Inventory`, a
//! `PaymentGateway::sandbox()`, a `Shipping` and an `OrderService` built on
//! it. Nothing is stubbed. Each test places orders through
//! `OrderService::place_order` and then checks what every part recorded.
//!
//! Write a helper that wires everything (keep clones of the parts you want to
//! look at afterwards: clones share the same database and the same sandbox
//! account), then replace each `todo!` with a real test. `cargo kata check 02`
//! then runs your tests against broken versions of the system: each test
//! should fail on at least one of them.

/// Two keyboards and a mug, paid with a card the sandbox approves. Check
/// everything a customer and the shop would expect: the order is confirmed
/// and its total is right, the stock went down by what was ordered, the card
/// was charged that total once, and a shipment to the customer's address is
/// scheduled.
#[test]
fn a_paid_order_is_confirmed_reserved_charged_and_shipped() {
    todo!(
        "kata 02, step 1: wire every part, place an order, check every part (see the comment above)"
    )
}

/// The same order with `payments::DECLINED_CARD`. Check that it is refused as
/// declined, that no order and no shipment are left behind, and that the
/// stock is what it was before.
#[test]
fn a_declined_card_leaves_no_order_and_keeps_the_stock() {
    todo!("kata 02, step 2: order with DECLINED_CARD and check that nothing changed")
}

/// More keyboards than there are in stock, with a good card. Check that it is
/// refused as out of stock, that the card was not charged, and that the stock
/// is untouched.
#[test]
fn an_order_larger_than_the_stock_is_refused_before_any_charge() {
    todo!("kata 02, step 3: order more than the stock and check that nothing was charged")
}
