//! The steps a run is made of, and how proptest draws them. Given: tune the
//! weights if you like, but every step must stay possible.

use kata_16::coupons::BASKET10;
use kata_16::order_status::OrderStatus;
use kata_16::payments::{DECLINED_CARD, GOOD_CARD};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::strategy::Union;

use crate::fixtures::{CATALOG, HAT};
use crate::model::{Model, ModelOrder};

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
/// The next step of a run, drawn for the shop as the model says it is.
/// Most steps go where they can do something (an open cart, an order in
/// the status the step needs, a product the order holds); a few go
/// anywhere, so that the refusals are tried too.
pub fn step(model: &Model) -> BoxedStrategy<Step> {
    let open = places(&model.carts, |cart| cart.order.is_none());
    let filled = places(&model.carts, |cart| {
        cart.order.is_none() && !cart.lines.is_empty()
    });
    let mut steps = vec![
        (
            if open.is_empty() { 3 } else { 1 },
            Just(Step::OpenCart).boxed(),
        ),
        (
            1,
            (sku(), 1..=4u32)
                .prop_map(|(sku, quantity)| Step::Restock { sku, quantity })
                .boxed(),
        ),
    ];
    if let Some(cart) = newest_or_any(open) {
        steps.extend([
            (
                5,
                (cart.clone(), sku(), quantity())
                    .prop_map(|(cart, sku, quantity)| Step::Add {
                        cart,
                        sku,
                        quantity,
                    })
                    .boxed(),
            ),
            (
                1,
                (cart.clone(), sku())
                    .prop_map(|(cart, sku)| Step::Remove { cart, sku })
                    .boxed(),
            ),
            (
                1,
                (cart, code())
                    .prop_map(|(cart, code)| Step::ApplyCoupon { cart, code })
                    .boxed(),
            ),
        ]);
    }
    if let Some(cart) = newest_or_any(filled) {
        steps.push((3, cart.prop_map(|cart| Step::Checkout { cart }).boxed()));
    }
    let status = |wanted| move |order: &ModelOrder| order.status == wanted;
    if let Some(order) = newest_or_any(places(&model.orders, status(OrderStatus::Pending))) {
        steps.extend([
            (
                4,
                (order.clone(), card())
                    .prop_map(|(order, card)| Step::Pay { order, card })
                    .boxed(),
            ),
            (1, order.prop_map(|order| Step::Cancel { order }).boxed()),
        ]);
    }
    if let Some(order) = newest_or_any(places(&model.orders, status(OrderStatus::Paid))) {
        // The products each order holds, for refunds of what it holds.
        let held: Vec<Vec<&'static str>> = model
            .orders
            .iter()
            .map(|order| order.left.keys().copied().collect())
            .collect();
        steps.extend([
            (
                4,
                order
                    .clone()
                    .prop_flat_map(move |order| {
                        (Just(order), held_or_any(held[order].clone()), a_few())
                    })
                    .prop_map(|(order, sku, quantity)| Step::RefundItems {
                        order,
                        sku,
                        quantity,
                    })
                    .boxed(),
            ),
            (
                1,
                order.clone().prop_map(|order| Step::Ship { order }).boxed(),
            ),
            (1, order.prop_map(|order| Step::Cancel { order }).boxed()),
        ]);
    }
    if !model.carts.is_empty() {
        steps.push((1, any_cart_step(model.carts.len())));
    }
    if !model.orders.is_empty() {
        steps.push((1, any_order_step(model.orders.len())));
    }
    Union::new_weighted(steps).boxed()
}
// ANCHOR_END: steps

/// The places in `all` of the ones that are `fit` for a step.
fn places<T>(all: &[T], fit: impl Fn(&T) -> bool) -> Vec<usize> {
    (0..all.len()).filter(|&place| fit(&all[place])).collect()
}

/// One of `places`, the newest half of the time; `None` when there are
/// none.
fn newest_or_any(places: Vec<usize>) -> Option<BoxedStrategy<usize>> {
    let newest = *places.last()?;
    Some(prop_oneof![Just(newest), proptest::sample::select(places)].boxed())
}

/// A step on any of `count` carts, open or not.
fn any_cart_step(count: usize) -> BoxedStrategy<Step> {
    prop_oneof![
        (0..count, sku(), quantity()).prop_map(|(cart, sku, quantity)| Step::Add {
            cart,
            sku,
            quantity
        }),
        (0..count, sku()).prop_map(|(cart, sku)| Step::Remove { cart, sku }),
        (0..count, code()).prop_map(|(cart, code)| Step::ApplyCoupon { cart, code }),
        (0..count).prop_map(|cart| Step::Checkout { cart }),
    ]
    .boxed()
}

/// A step on any of `count` orders, whatever its status.
fn any_order_step(count: usize) -> BoxedStrategy<Step> {
    prop_oneof![
        (0..count, card()).prop_map(|(order, card)| Step::Pay { order, card }),
        (0..count, sku(), quantity()).prop_map(|(order, sku, quantity)| Step::RefundItems {
            order,
            sku,
            quantity
        }),
        (0..count).prop_map(|order| Step::Ship { order }),
        (0..count).prop_map(|order| Step::Cancel { order }),
    ]
    .boxed()
}

/// A product of the catalog, and now and then one the shop doesn't sell.
fn sku() -> impl Strategy<Value = &'static str> {
    let sold: Vec<&'static str> = CATALOG.iter().map(|product| product.sku).collect();
    prop_oneof![12 => proptest::sample::select(sold), 1 => Just(HAT)]
}

/// One of the products `held`, and now and then any product.
fn held_or_any(held: Vec<&'static str>) -> BoxedStrategy<&'static str> {
    if held.is_empty() {
        return sku().boxed();
    }
    prop_oneof![4 => proptest::sample::select(held), 1 => sku()].boxed()
}

fn quantity() -> impl Strategy<Value = u32> {
    prop_oneof![12 => 1..=3u32, 1 => Just(0)]
}

/// The shop's coupon, and now and then one it doesn't have.
fn code() -> impl Strategy<Value = &'static str> {
    prop_oneof![6 => Just(BASKET10), 1 => Just("SAVE50")]
}

/// Fewer items than `quantity`, for refunds: one at a time, mostly.
fn a_few() -> impl Strategy<Value = u32> {
    prop_oneof![8 => Just(1), 3 => Just(2), 1 => Just(3), 1 => Just(0)]
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
