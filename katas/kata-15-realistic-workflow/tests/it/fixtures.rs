//! The catalog every `TestApp` starts with: known products, with known
//! prices and stock, so that a test can say what the shop must hold after
//! each step. Given: add a product if a scenario needs one, and leave these
//! as they are (the given tests count on them).

// Each test uses the products its scenario needs, and no test needs them all.
#![allow(dead_code)]

use kata_15::catalog::NewProduct;
use kata_15::money::Cents;

pub const MUG: NewProduct<'static> = NewProduct {
    sku: "MUG",
    name: "Enamel Mug",
    price: Cents(1299),
    stock: 10,
};

pub const KEYBOARD: NewProduct<'static> = NewProduct {
    sku: "KEYBOARD",
    name: "Mechanical Keyboard",
    price: Cents(4499),
    stock: 3,
};

pub const SOCKS: NewProduct<'static> = NewProduct {
    sku: "SOCKS",
    name: "Wool Socks",
    price: Cents(850),
    stock: 20,
};

/// Everything the shop sells when a test starts.
pub const CATALOG: [NewProduct<'static>; 3] = [MUG, KEYBOARD, SOCKS];
