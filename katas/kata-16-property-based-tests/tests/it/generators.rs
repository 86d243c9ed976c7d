//! The steps a run is made of, and how proptest draws them. Given: tune the
//! weights if you like, but every step must stay possible.

use kata_16::coupons::SAVE10;
use kata_16::payments::{DECLINED_CARD, GOOD_CARD};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::strategy::Union;

use crate::fixtures::{CATALOG, HAT};
use crate::model::Model;

// ANCHOR: step
/// One thing a customer or the warehouse does. Carts and orders are named
/// by their place in the run: `cart: 0` is the first cart opened, `order:
/// 1` the second order placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    OpenCart,
    Add {
        cart: usize,
        sku: &'static str,
        quantity: u32,
    },
    Remove {
        cart: usize,
        sku: &'static str,
    },
    ApplyCoupon {
        cart: usize,
        code: &'static str,
    },
    Checkout {
        cart: usize,
    },
    Pay {
        order: usize,
        card: Card,
    },
    RefundItems {
        order: usize,
        sku: &'static str,
        quantity: u32,
    },
    Ship {
        order: usize,
    },
    Cancel {
        order: usize,
    },
    Restock {
        sku: &'static str,
        quantity: u32,
    },
}
// ANCHOR_END: step

/// The two cards of the sandbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Card {
    Good,
    Declined,
}

impl Card {
    pub fn number(self) -> &'static str {
        match self {
            Card::Good => GOOD_CARD,
            Card::Declined => DECLINED_CARD,
        }
    }
}

// ANCHOR: steps
/// The next step of a run, drawn for the shop as the model says it is:
/// carts and orders that exist, the newest more often than the others.
pub fn step(model: &Model) -> BoxedStrategy<Step> {
    let mut steps = vec![
        (1, Just(Step::OpenCart).boxed()),
        (1, (sku(), 1..=4u32)
            .prop_map(|(sku, quantity)| Step::Restock { sku, quantity })
            .boxed()),
    ];
    if let Some(cart) = one_of(model.carts.len()) {
        steps.extend([
            (6, (cart.clone(), sku(), quantity())
                .prop_map(|(cart, sku, quantity)| Step::Add { cart, sku, quantity })
                .boxed()),
            (2, (cart.clone(), sku())
                .prop_map(|(cart, sku)| Step::Remove { cart, sku })
                .boxed()),
            (2, (cart.clone(), code())
                .prop_map(|(cart, code)| Step::ApplyCoupon { cart, code })
                .boxed()),
            (3, cart.prop_map(|cart| Step::Checkout { cart }).boxed()),
        ]);
    }
    if let Some(order) = one_of(model.orders.len()) {
        steps.extend([
            (3, (order.clone(), card())
                .prop_map(|(order, card)| Step::Pay { order, card })
                .boxed()),
            (4, (order.clone(), sku(), quantity())
                .prop_map(|(order, sku, quantity)| Step::RefundItems { order, sku, quantity })
                .boxed()),
            (1, order.clone().prop_map(|order| Step::Ship { order }).boxed()),
            (1, order.prop_map(|order| Step::Cancel { order }).boxed()),
        ]);
    }
    Union::new_weighted(steps).boxed()
}
// ANCHOR_END: steps

/// One of `count` carts or orders, by its place: the newest half of the
/// time. `None` when there are none.
fn one_of(count: usize) -> Option<BoxedStrategy<usize>> {
    let newest = count.checked_sub(1)?;
    Some(prop_oneof![Just(newest), 0..count].boxed())
}

/// A product of the catalog, and now and then one the shop doesn't sell.
fn sku() -> impl Strategy<Value = &'static str> {
    let sold: Vec<&'static str> = CATALOG.iter().map(|product| product.sku).collect();
    prop_oneof![12 => proptest::sample::select(sold), 1 => Just(HAT)]
}

/// A few items, and now and then none.
fn quantity() -> impl Strategy<Value = u32> {
    prop_oneof![12 => 1..=3u32, 1 => Just(0)]
}

/// The shop's coupon, and now and then one it doesn't have.
fn code() -> impl Strategy<Value = &'static str> {
    prop_oneof![6 => Just(SAVE10), 1 => Just("SAVE50")]
}

fn card() -> impl Strategy<Value = Card> {
    prop_oneof![4 => Just(Card::Good), 1 => Just(Card::Declined)]
}

// ANCHOR: cart_lines
/// The lines of a cart: up to six products of the catalog, in any order,
/// the same one more than once at times, one to four of each.
pub fn cart_lines() -> impl Strategy<Value = Vec<(&'static str, u32)>> {
    let sold: Vec<&'static str> = CATALOG.iter().map(|product| product.sku).collect();
    vec((proptest::sample::select(sold), 1..=4u32), 0..=6)
}
// ANCHOR_END: cart_lines
