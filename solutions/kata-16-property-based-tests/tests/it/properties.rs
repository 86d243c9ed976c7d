//! What must hold after every step of every run: the properties the
//! state-machine test (machine.rs) checks.

use std::collections::BTreeMap;

use kata_16::money::Cents;
use kata_16::order_status::OrderStatus;

use crate::generators::Step;
use crate::harness::{Answer, Observed};
use crate::model::{self, Model};

// ANCHOR: always
/// What holds of any shop, whatever happened before: no model needed.
pub fn what_always_holds(observed: &Observed) {
    for product in &observed.products {
        assert!(
            product.in_stock >= 0,
            "{} for sale: more set aside than the warehouse holds",
            product.in_stock
        );
    }
    for cart in &observed.carts {
        let subtotal = cart.totals.subtotal;
        // 10%, to the nearest cent, the half cent rounded up.
        let discount = if cart.coupon.is_some() && subtotal.0 >= 3000 {
            Cents((subtotal.0 * 10 + 50) / 100)
        } else {
            Cents(0)
        };
        assert_eq!(
            cart.totals.discount, discount,
            "the discount of a cart of {subtotal:?}: {cart:?}"
        );
    }
    for order in &observed.orders {
        let (charged, refunded) = (observed.charged_for(order), observed.refunded_for(order));
        assert!(
            refunded <= charged,
            "{refunded:?} given back for an order that brought in {charged:?}: {order:?}"
        );
        if order.status == OrderStatus::Cancelled {
            assert_eq!(
                refunded, charged,
                "a cancelled order keeps none of its money: {order:?}"
            );
        }
    }
}
// ANCHOR_END: always

/// The shop, read back, is the shop the model describes.
pub fn the_shop_is_as_the_model_says(observed: &Observed, model: &Model) {
    for product in &observed.products {
        assert_eq!(
            product.in_stock,
            model.in_stock[product.sku.as_str()],
            "for sale of {}",
            product.sku
        );
    }

    assert_eq!(observed.carts.len(), model.carts.len(), "carts opened");
    for (cart, expected) in observed.carts.iter().zip(&model.carts) {
        let lines: model::Lines = cart
            .lines
            .iter()
            .map(|line| (sku(&line.sku), line.quantity))
            .collect();
        assert_eq!(lines, expected.lines, "the lines of {cart:?}");
        assert_eq!(
            cart.coupon.is_some(),
            expected.coupon,
            "the coupon of {cart:?}"
        );
        let percent_off = model::percent_off(&expected.lines, expected.coupon);
        assert_eq!(
            cart.totals,
            model::totals(&expected.lines, percent_off),
            "the totals of {cart:?}"
        );
        let order = expected.order.map(|index| observed.orders[index].id);
        assert_eq!(cart.order, order, "the order of {cart:?}");
    }

    assert_eq!(observed.orders.len(), model.orders.len(), "orders placed");
    for (order, expected) in observed.orders.iter().zip(&model.orders) {
        assert_eq!(order.status, expected.status, "the status of {order:?}");
        let left: BTreeMap<&str, u32> = order
            .lines
            .iter()
            .map(|line| (sku(&line.sku), line.left()))
            .filter(|&(_, left)| left > 0)
            .collect();
        let mut expected_left = expected.left.clone();
        expected_left.retain(|_, left| *left > 0);
        assert_eq!(left, expected_left, "what is left of {order:?}");
        assert_eq!(order.percent_off, expected.percent_off, "{order:?}");
        assert_eq!(
            observed.charged_for(order),
            expected.charged,
            "charged for {order:?}"
        );
        assert_eq!(
            observed.refunded_for(order),
            expected.refunded,
            "given back for {order:?}"
        );
    }
}

/// The shop accepts and refuses the same steps as the model, for the same
/// reasons.
pub fn the_answer_is_the_models(step: &Step, answer: Answer, expected: Answer) {
    assert_eq!(answer, expected, "the shop's answer to {step:?}");
}

/// The catalog's own `&'static str` for a SKU the shop showed.
fn sku(shown: &str) -> &'static str {
    crate::fixtures::CATALOG
        .iter()
        .map(|product| product.sku)
        .find(|&sku| sku == shown)
        .unwrap_or_else(|| panic!("the shop shows {shown:?}, which it never sold"))
}
