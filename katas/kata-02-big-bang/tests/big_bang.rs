//! Big-bang integration tests for the order system: **the file you write.**
//!
//! Big-bang means every part is real and wired together at once: one
//! `Database::open_in_memory()`, and an `Inventory`, a
//! `PaymentGateway::sandbox()`, a `Shipping` and an `OrderService` built on
//! it. Nothing is stubbed. Each test places orders through
//! `OrderService::place_order` and then checks what every part recorded.
//!
//! The first test is given, as an example of the shape: it wires everything
//! for a shop with one product and checks every part after a refused order.
//! Write a helper that wires everything for your tests (keep clones of the
//! parts you want to look at afterwards: clones share the same database and
//! the same sandbox account), then replace each `todo!` with a real test.
//! `cargo kata check 02` then runs your tests against broken versions of the
//! system: each of those should fail at least one of your tests.

use kata_02::db::Database;
use kata_02::inventory::{Inventory, InventoryError};
use kata_02::money::Cents;
use kata_02::orders::{Cart, OrderError, OrderService};
use kata_02::payments::PaymentGateway;
use kata_02::shipping::Shipping;

// ANCHOR: example
/// Given, as the example: a cart with a product the shop does not sell is
/// refused, and no part records anything.
#[test]
fn an_unknown_product_is_refused_and_nothing_is_recorded() {
    let db = Database::open_in_memory().expect("an in-memory database opens");
    let inventory = Inventory::new(db.clone());
    inventory
        .add_product("NOTEBOOK", "Squared notebook", Cents(350), 20)
        .unwrap();
    let payments = PaymentGateway::sandbox();
    let shipping = Shipping::new(db.clone());
    // The test keeps its own clones of the parts it inspects afterwards.
    let orders = OrderService::new(db, inventory.clone(), payments.clone(), shipping.clone());

    let cart = Cart::new().with("NOTEBOOK", 1).with("PENCIL", 3);
    let placed = orders.place_order(&cart, "4242 4242 4242 4242", "3 Mill Lane, Leeds");

    // The whole answer, not "it failed": the reason names the product.
    assert_eq!(
        placed,
        Err(OrderError::Inventory(InventoryError::UnknownProduct(
            "PENCIL".into()
        )))
    );
    // Then every part, each with its own message.
    assert_eq!(orders.count(), Ok(0), "orders: nothing is recorded");
    assert_eq!(
        inventory.available("NOTEBOOK"),
        Ok(20),
        "inventory: the notebook stays in stock"
    );
    assert!(
        payments.charges().is_empty(),
        "payments: nothing is charged"
    );
}
// ANCHOR_END: example

/// Two keyboards and a mug, paid with a card the sandbox approves. Check
/// everything a customer and the shop would expect: the order is confirmed
/// and its total is right, the stock went down by what was ordered, the card
/// was charged that total once, the shop has the order on record, and a
/// shipment to the customer's address is scheduled.
#[test]
fn a_paid_order_leaves_its_mark_on_every_part() {
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

/// A good card, but an address of only spaces: the carrier refuses the
/// parcel, after the card was charged. Check that the order is refused, and
/// that the shop keeps neither the order, nor the customer's money, nor the
/// stock.
#[test]
fn a_parcel_the_carrier_refuses_leaves_no_charge_behind() {
    todo!("kata 02, step 4: order with an address of spaces and check what every part kept")
}
