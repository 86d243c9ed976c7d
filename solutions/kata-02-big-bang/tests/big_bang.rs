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
use kata_02::orders::{Cart, OrderError, OrderService, OrderStatus};
use kata_02::payments::{DECLINED_CARD, PaymentGateway};
use kata_02::shipping::Shipping;

const GOOD_CARD: &str = "4242 4242 4242 4242";
const ADDRESS: &str = "12 Harbour Road, Portsmouth";

/// The whole system, every part real. The test keeps clones of the parts it
/// looks at afterwards; clones share the database and the sandbox account.
struct System {
    orders: OrderService,
    inventory: Inventory,
    payments: PaymentGateway,
    shipping: Shipping,
}

/// Five keyboards at 49.00 and ten mugs at 6.17.
fn wire_everything() -> System {
    let db = Database::open_in_memory().expect("an in-memory database opens");
    let inventory = Inventory::new(db.clone());
    inventory
        .add_product("KEYBOARD", "Mechanical keyboard", Cents(4900), 5)
        .unwrap();
    inventory
        .add_product("MUG", "Enamel mug", Cents(617), 10)
        .unwrap();
    let payments = PaymentGateway::sandbox();
    let shipping = Shipping::new(db.clone());
    let orders = OrderService::new(db, inventory.clone(), payments.clone(), shipping.clone());
    System {
        orders,
        inventory,
        payments,
        shipping,
    }
}

fn two_keyboards_and_a_mug() -> Cart {
    Cart::new().with("KEYBOARD", 2).with("MUG", 1)
}

impl System {
    /// The stock is what it was before any order.
    fn assert_stock_untouched(&self) {
        assert_eq!(
            self.inventory.available("KEYBOARD"),
            Ok(5),
            "keyboards in stock"
        );
        assert_eq!(self.inventory.available("MUG"), Ok(10), "mugs in stock");
    }
}

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
    let system = wire_everything();

    let order = system
        .orders
        .place_order(&two_keyboards_and_a_mug(), GOOD_CARD, ADDRESS)
        .expect("an order in stock, with a good card, is placed");

    // 2 × 49.00 + 6.17, worked out by hand: a total computed with the
    // system's own arithmetic would agree with the system's bugs.
    let total = Cents(10417);
    assert_eq!(order.status, OrderStatus::Confirmed);
    assert_eq!(order.total, total);
    assert_eq!(system.orders.count(), Ok(1), "the shop keeps the order");
    assert_eq!(
        system.orders.order(order.id),
        Ok(Some(order.clone())),
        "the order reads back as it was returned"
    );
    assert_eq!(
        system.inventory.available("KEYBOARD"),
        Ok(3),
        "two of five keyboards are reserved"
    );
    assert_eq!(
        system.inventory.available("MUG"),
        Ok(9),
        "one of ten mugs is reserved"
    );

    let charges = system.payments.charges();
    assert_eq!(charges.len(), 1, "the card is charged once: {charges:?}");
    assert_eq!(
        (
            charges[0].reference,
            charges[0].card.as_str(),
            charges[0].amount
        ),
        (order.id, GOOD_CARD, total)
    );

    let shipment = system.shipping.shipment_for(order.id).unwrap();
    let shipment = shipment.expect("a confirmed order has a shipment");
    assert_eq!(
        (shipment.address.as_str(), shipment.status.as_str()),
        (ADDRESS, "scheduled")
    );
}

/// The same order with `payments::DECLINED_CARD`. Check that it is refused as
/// declined, that no order and no shipment are left behind, and that the
/// stock is what it was before.
#[test]
fn a_declined_card_leaves_no_order_and_keeps_the_stock() {
    let system = wire_everything();

    let placed = system
        .orders
        .place_order(&two_keyboards_and_a_mug(), DECLINED_CARD, ADDRESS);

    assert_eq!(placed, Err(OrderError::PaymentDeclined));
    assert_eq!(system.orders.count(), Ok(0), "a declined order is not kept");
    assert_eq!(
        system.shipping.shipment_for(1),
        Ok(None),
        "nothing is shipped"
    );
    system.assert_stock_untouched();
    assert!(system.payments.charges().is_empty());
}

/// More keyboards than there are in stock, with a good card. Check that it is
/// refused as out of stock, that the card was not charged, and that the stock
/// is untouched.
#[test]
fn an_order_larger_than_the_stock_is_refused_before_any_charge() {
    let system = wire_everything();

    let placed = system
        .orders
        .place_order(&Cart::new().with("KEYBOARD", 6), GOOD_CARD, ADDRESS);

    assert_eq!(
        placed,
        Err(OrderError::Inventory(InventoryError::OutOfStock {
            sku: "KEYBOARD".into(),
            wanted: 6,
            available: 5
        }))
    );
    assert!(
        system.payments.charges().is_empty(),
        "nothing is charged for an order that cannot be filled"
    );
    system.assert_stock_untouched();
    assert_eq!(system.orders.count(), Ok(0));
}

/// A good card, but an address of only spaces: the carrier refuses the
/// parcel, after the card was charged. Check that the order is refused, and
/// that the shop keeps neither the order, nor the customer's money, nor the
/// stock.
#[test]
fn a_parcel_the_carrier_refuses_leaves_no_charge_behind() {
    let system = wire_everything();

    let placed = system
        .orders
        .place_order(&two_keyboards_and_a_mug(), GOOD_CARD, "   ");

    assert!(
        matches!(placed, Err(OrderError::Database(_))),
        "the refused parcel fails the order: {placed:?}"
    );
    assert!(
        system.payments.charges().is_empty(),
        "the charge is refunded: {:?}",
        system.payments.charges()
    );
    assert_eq!(system.orders.count(), Ok(0), "no order is kept");
    system.assert_stock_untouched();
}
