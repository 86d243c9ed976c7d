//! The catalog every run starts with. Given.

use kata_16::catalog::NewProduct;
use kata_16::money::Cents;

/// Two mugs are 25.98, three are 38.97: BASKET10's 30.00 lies between.
pub const MUG: NewProduct<'static> = NewProduct {
    sku: "MUG",
    price: Cents(1299),
    on_hand: 10,
};

/// Two in the warehouse: two customers who want two each can't both have
/// them.
pub const KEYBOARD: NewProduct<'static> = NewProduct {
    sku: "KEYBOARD",
    price: Cents(4499),
    on_hand: 2,
};

/// Four pairs are exactly 30.00.
pub const SOCKS: NewProduct<'static> = NewProduct {
    sku: "SOCKS",
    price: Cents(750),
    on_hand: 20,
};

/// Everything the shop sells when a run starts.
pub const CATALOG: [NewProduct<'static>; 3] = [MUG, KEYBOARD, SOCKS];

/// A SKU the shop has never sold.
pub const HAT: &str = "HAT";

/// The catalog's product with this SKU, if the shop sells it.
#[allow(dead_code, reason = "for your model")]
pub fn product(sku: &str) -> Option<NewProduct<'static>> {
    CATALOG.into_iter().find(|product| product.sku == sku)
}
