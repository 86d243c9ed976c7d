//! The model: the shop as simply as it can be said, so simply that it is
//! obviously right. It keeps no database and no ids, only what the
//! properties compare: what is for sale, what each cart holds, and where
//! each order and its money are. **You write its prices (step 1) and its
//! rules (step 2).** Change the skeleton as you see fit.

// The skeleton's types and fields are put to use by the rules you write.
#![allow(dead_code)]

use std::collections::BTreeMap;

use kata_16::money::Cents;
use kata_16::order_status::OrderStatus;
use kata_16::pricing::Totals;

use crate::fixtures::CATALOG;
use crate::generators::Step;
use crate::harness::Answer;

/// Quantities by SKU.
pub type Lines = BTreeMap<&'static str, u32>;

/// The shop, as the model sees it.
#[derive(Debug, Clone)]
pub struct Model {
    /// How many of each product are for sale, by SKU.
    pub in_stock: BTreeMap<&'static str, i64>,
    /// Every cart opened, in the order opened: `carts[0]` is `cart: 0`.
    pub carts: Vec<ModelCart>,
    /// Every order placed, in the order placed.
    pub orders: Vec<ModelOrder>,
}

/// A cart, as the model sees it.
#[derive(Debug, Clone, Default)]
pub struct ModelCart {
    pub lines: Lines,
    /// Whether BASKET10 is on the cart.
    pub coupon: bool,
    /// The order the cart became (its place in `Model::orders`), once
    /// checked out.
    pub order: Option<usize>,
}

/// An order, as the model sees it.
#[derive(Debug, Clone)]
pub struct ModelOrder {
    pub status: OrderStatus,
    /// What the order still holds: what was ordered, less what was given
    /// back.
    pub left: Lines,
    /// The percentage off, as it was at checkout.
    pub percent_off: u32,
    /// What the card was charged for the order.
    pub charged: Cents,
    /// What went back to the card, in all.
    pub refunded: Cents,
}

/// The percentage BASKET10 takes off `lines`, when the cart has the coupon
/// (`src/coupons.rs` says when).
pub fn percent_off(lines: &Lines, coupon: bool) -> u32 {
    todo!(
        "kata 16, step 1: write the model's percent_off in tests/it/model.rs, by hand, from \
         the rule in src/coupons.rs (lines {lines:?}, coupon: {coupon})"
    )
}

/// The totals of `lines` with `percent_off` per cent off (`src/money.rs`
/// says how the shop rounds).
pub fn totals(lines: &Lines, percent_off: u32) -> Totals {
    todo!(
        "kata 16, step 1: write the model's totals in tests/it/model.rs, by hand, with the \
         catalog's prices from tests/it/fixtures.rs (lines {lines:?}, {percent_off}% off)"
    )
}

impl Model {
    /// The shop as a run starts: the catalog, all of it for sale, and
    /// nothing else.
    pub fn new() -> Model {
        Model {
            in_stock: CATALOG
                .iter()
                .map(|product| (product.sku, i64::from(product.on_hand)))
                .collect(),
            carts: Vec::new(),
            orders: Vec::new(),
        }
    }

    /// Takes `step`, and returns what the shop must answer to it. When a
    /// step breaks more than one rule, the shop names the first it checks
    /// (src/shop.rs): so must the model.
    pub fn apply(&mut self, step: &Step) -> Answer {
        todo!(
            "kata 16, step 2: write the model's rules in Model::apply (tests/it/model.rs): \
             what {step:?} does to the model, and what the shop must answer"
        )
    }
}
