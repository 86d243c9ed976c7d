//! What the shop sells. A fixed list is enough for this kata: the catalog is
//! not what its tests are about.

use crate::money::Cents;

/// One product on sale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Product {
    /// The stock-keeping unit, which orders name the product by.
    pub sku: &'static str,
    pub name: &'static str,
    pub price: Cents,
    /// Where it is kept in the warehouse, for the packing slip.
    pub shelf: &'static str,
}

/// Everything the shop sells.
pub const PRODUCTS: &[Product] = &[
    Product {
        sku: "KEYBOARD",
        name: "Mechanical keyboard",
        price: Cents(4900),
        shelf: "A3",
    },
    Product {
        sku: "CABLE",
        name: "USB-C cable, 2 m",
        price: Cents(1250),
        shelf: "B2",
    },
    Product {
        sku: "DESKMAT",
        name: "Desk mat",
        price: Cents(1900),
        shelf: "B4",
    },
    Product {
        sku: "MUG",
        name: "Shop mug",
        price: Cents(650),
        shelf: "C1",
    },
];

/// The product with this SKU, if the shop sells it.
pub fn product(sku: &str) -> Option<&'static Product> {
    PRODUCTS.iter().find(|product| product.sku == sku)
}
