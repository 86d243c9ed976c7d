//! Big-bang integration tests for the order system: every part real, wired
//! together at once, and checked through what each part recorded.

use kata_02::db::Database;
use kata_02::inventory::{Inventory, InventoryError};
use kata_02::money::Cents;
use kata_02::orders::{Cart, OrderError, OrderService, OrderStatus};
use kata_02::payments::{DECLINED_CARD, PaymentGateway};
use kata_02::shipping::Shipping;

const GOOD_CARD: &str = "4242 4242 4242 4242";
const ADDRESS: &str = "12 Harbour Road, Portsmouth";
const KEYBOARD_PRICE: Cents = Cents(4900);
const MUG_PRICE: Cents = Cents(617);

// ANCHOR: wire_everything
/// The whole system, every part real. The test keeps clones of the parts it
/// looks at afterwards; clones share the database and the sandbox account.
struct System {
    orders: OrderService,
    inventory: Inventory,
    payments: PaymentGateway,
    shipping: Shipping,
}

fn wire_everything() -> System {
    let db = Database::open_in_memory().expect("an in-memory database opens");
    let inventory = Inventory::new(db.clone());
    inventory
        .add_product("KEYBOARD", "Mechanical keyboard", KEYBOARD_PRICE, 5)
        .unwrap();
    inventory
        .add_product("MUG", "Enamel mug", MUG_PRICE, 10)
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
// ANCHOR_END: wire_everything

fn two_keyboards_and_a_mug() -> Cart {
    Cart::new().with("KEYBOARD", 2).with("MUG", 1)
}

// ANCHOR: happy_path
#[test]
fn a_paid_order_is_confirmed_reserved_charged_and_shipped() {
    let system = wire_everything();

    let order = system
        .orders
        .place_order(&two_keyboards_and_a_mug(), GOOD_CARD, ADDRESS)
        .expect("an order in stock, with a good card, is placed");

    let total = KEYBOARD_PRICE * 2 + MUG_PRICE;
    assert_eq!(order.status, OrderStatus::Confirmed);
    assert_eq!(order.total, total);
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
    assert_eq!((charges[0].reference, charges[0].amount), (order.id, total));

    let shipment = system.shipping.shipment_for(order.id).unwrap();
    let shipment = shipment.expect("a confirmed order has a shipment");
    assert_eq!(
        (shipment.address.as_str(), shipment.status.as_str()),
        (ADDRESS, "scheduled")
    );
}
// ANCHOR_END: happy_path

#[test]
fn a_declined_card_leaves_no_order_and_keeps_the_stock() {
    let system = wire_everything();

    let placed = system
        .orders
        .place_order(&two_keyboards_and_a_mug(), DECLINED_CARD, ADDRESS);

    assert_eq!(placed, Err(OrderError::PaymentDeclined));
    assert_eq!(system.orders.count(), Ok(0), "a declined order is not kept");
    assert_eq!(
        system.inventory.available("KEYBOARD"),
        Ok(5),
        "the keyboards are back in stock"
    );
    assert_eq!(
        system.inventory.available("MUG"),
        Ok(10),
        "the mug is back in stock"
    );
    assert!(system.payments.charges().is_empty());
}

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
    assert_eq!(system.inventory.available("KEYBOARD"), Ok(5));
    assert_eq!(system.orders.count(), Ok(0));
}
