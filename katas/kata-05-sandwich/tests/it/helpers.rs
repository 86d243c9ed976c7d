//! What the tests share: the products, a checkout request that is easy to
//! read, and the three ways of putting the layers together.

use kata_05::api::{CheckoutApi, CheckoutRequest};
use kata_05::db::Database;
use kata_05::inventory::Inventory;
use kata_05::money::Cents;
use kata_05::order_book::OrderBook;
use kata_05::orders::{Line, OrderService};
use kata_05::outbox::Outbox;
use kata_05::payments::PaymentGateway;

use crate::stubs::{StubNotifier, StubOrders, StubPayments, StubStock};

pub const GOOD_CARD: &str = "4242 4242 4242 4242";
/// The card the payment sandbox declines.
pub const DECLINED_CARD: &str = kata_05::payments::DECLINED_CARD;
pub const CUSTOMER: &str = "ada@example.com";
pub const KEYBOARD_PRICE: Cents = Cents(4900);
pub const MUG_PRICE: Cents = Cents(617);
/// How many of each the real inventory starts with.
pub const KEYBOARDS_IN_STOCK: u32 = 5;
pub const MUGS_IN_STOCK: u32 = 10;

/// Two keyboards and a mug for `CUSTOMER`, paid with `card`. The total is
/// `KEYBOARD_PRICE * 2 + MUG_PRICE`, 104.17.
pub fn two_keyboards_and_a_mug(card: &str) -> CheckoutRequest {
    CheckoutRequest {
        customer: CUSTOMER.to_string(),
        card: card.to_string(),
        lines: vec![Line::new("KEYBOARD", 2), Line::new("MUG", 1)],
    }
}

// ANCHOR: from_above
/// From above: the real checkout endpoint and the real order service, with
/// stubs below. Change a stub with struct update syntax:
/// `Stubs { payments: StubPayments::declining(), ..Stubs::default() }`.
#[derive(Clone, Default)]
pub struct Stubs {
    pub stock: StubStock,
    pub payments: StubPayments,
    pub orders: StubOrders,
    pub notifier: StubNotifier,
}

impl Stubs {
    /// The top and middle layers, real, on clones of these stubs: what the
    /// stubs write down, the test sees through `self`.
    pub fn checkout_api(&self) -> CheckoutApi {
        CheckoutApi::new(OrderService::new(
            Box::new(self.stock.clone()),
            Box::new(self.payments.clone()),
            Box::new(self.orders.clone()),
            Box::new(self.notifier.clone()),
        ))
    }
}
// ANCHOR_END: from_above

// ANCHOR: real_parts
/// The real lower layers on one fresh in-memory database, with
/// `KEYBOARDS_IN_STOCK` keyboards and `MUGS_IN_STOCK` mugs on the shelf.
///
/// From below, your test is the driver: it calls these parts through the
/// traits of `kata_05::contract`, the way the order service would (bring the
/// traits into scope with `use kata_05::contract::{...}`). All real,
/// `checkout_api` puts the real layers above them.
pub struct RealParts {
    pub inventory: Inventory,
    pub payments: PaymentGateway,
    pub orders: OrderBook,
    pub outbox: Outbox,
}

impl RealParts {
    pub fn new() -> RealParts {
        let db = Database::open_in_memory().expect("an in-memory database opens");
        let inventory = Inventory::new(db.clone());
        inventory
            .add_product(
                "KEYBOARD",
                "Mechanical keyboard",
                KEYBOARD_PRICE,
                KEYBOARDS_IN_STOCK,
            )
            .expect("the keyboard is added");
        inventory
            .add_product("MUG", "Enamel mug", MUG_PRICE, MUGS_IN_STOCK)
            .expect("the mug is added");
        RealParts {
            inventory,
            payments: PaymentGateway::sandbox(),
            orders: OrderBook::new(db.clone()),
            outbox: Outbox::new(db),
        }
    }

    /// All real: the checkout endpoint and the order service on clones of
    /// these parts, which share their database and sandbox account.
    pub fn checkout_api(&self) -> CheckoutApi {
        CheckoutApi::new(OrderService::new(
            Box::new(self.inventory.clone()),
            Box::new(self.payments.clone()),
            Box::new(self.orders.clone()),
            Box::new(self.outbox.clone()),
        ))
    }
}
// ANCHOR_END: real_parts
