//! What every test needs: a shop with a known catalog and stock, and an
//! order request that is easy to read.

use kata_01::catalog::Catalog;
use kata_01::config::ShopConfig;
use kata_01::inventory::Inventory;
use kata_01::money::Cents;
use kata_01::shop::{OrderRequest, Shop};

pub const GOOD_CARD: &str = "4242 4242 4242 4242";
pub const MUG_PRICE: Cents = Cents(617);
pub const MUGS_IN_STOCK: u32 = 10;
pub const KEYBOARDS_IN_STOCK: u32 = 2;

// ANCHOR: shop_with
/// A shop with mugs at 6.17 (ten in stock) and keyboards at 49.00 (two in
/// stock), configured from `config`, the text of its settings file.
pub fn shop_with(config: &str) -> Shop {
    let config = ShopConfig::parse(config).expect("the test's settings should parse");
    let mut catalog = Catalog::new();
    catalog.add("MUG", MUG_PRICE);
    catalog.add("KEYBOARD", Cents(4900));
    let mut inventory = Inventory::new();
    inventory.restock("MUG", MUGS_IN_STOCK);
    inventory.restock("KEYBOARD", KEYBOARDS_IN_STOCK);
    Shop::new(config, catalog, inventory)
}
// ANCHOR_END: shop_with

/// The same shop with the default settings (it sells in US dollars).
pub fn shop() -> Shop {
    shop_with("")
}

pub fn order(sku: &str, quantity: u32, card: &str) -> OrderRequest {
    OrderRequest {
        lines: vec![(sku.to_string(), quantity)],
        card: card.to_string(),
        address: "12 Harbour Road, Portsmouth".to_string(),
    }
}
