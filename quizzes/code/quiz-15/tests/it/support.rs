//! A shop of its own for each test, with the catalog every test starts
//! from, and the handles a test looks through.

use quiz_15::Cents;
use quiz_15::api::Api;
use quiz_15::edges::{Outbox, Sandbox};
use quiz_15::shop::Shop;
use quiz_15::store::{Product, Store};

pub const ADA: &str = "ada@example.com";

/// The shop's API, and clones of what sits behind it: the store (the back
/// door) and the two edges.
pub struct TestShop {
    pub api: Api,
    pub store: Store,
    pub card: Sandbox,
    pub outbox: Outbox,
}

/// A fresh shop: ten mugs at 12.50 and three lamps at 30.00 on the shelf.
pub fn shop() -> TestShop {
    let store = Store::default();
    store.add_product(product("MUG", "Enamel mug", 1250, 10));
    store.add_product(product("LAMP", "Desk lamp", 3000, 3));
    let card = Sandbox::default();
    let outbox = Outbox::default();
    let api = Api::new(Shop::new(store.clone(), card.clone(), outbox.clone()));
    TestShop {
        api,
        store,
        card,
        outbox,
    }
}

fn product(sku: &str, name: &str, cents: u64, on_shelf: u32) -> Product {
    Product {
        sku: sku.to_string(),
        name: name.to_string(),
        price: Cents(cents),
        on_shelf,
    }
}

impl TestShop {
    /// Places Ada's order for `lines`, expecting the shop to take it, and
    /// answers the order's id.
    pub fn place(&self, lines: &[(&str, u32)]) -> u32 {
        let placed = self.api.place_order(ADA, lines);
        assert_eq!(placed.status, 201, "placing {lines:?}: {}", placed.body);
        let id = placed.body["id"].as_u64().expect("an order has an id");
        u32::try_from(id).expect("a small id")
    }
}
