//! A property of the shop's prices: whatever a cart holds, it costs what
//! the rule says.

use kata_16::coupons::BASKET10;
use proptest::prelude::*;

use crate::generators::cart_lines;
use crate::harness::{ShopUnderTest, check};
use crate::model::{self, Lines};

/// Any cart, with BASKET10 or without, in a shop of its own.
#[test]
fn any_cart_costs_what_the_rule_says() {
    check((cart_lines(), any::<bool>()), |(lines, coupon)| {
        a_cart_costs_what_the_rule_says(&lines, coupon);
        Ok(())
    });
}

/// Fill a cart with `lines`, one `add_to_cart` each, and put BASKET10 on it
/// when `coupon` says so: the cart's totals are the model's.
fn a_cart_costs_what_the_rule_says(lines: &[(&'static str, u32)], coupon: bool) {
    let shop = ShopUnderTest::new();
    let cart = shop.shop().open_cart().expect("a cart opens");
    let mut expected = Lines::new();
    for &(sku, quantity) in lines {
        shop.shop()
            .add_to_cart(cart.id, sku, quantity)
            .expect("a product of the catalog goes in the cart");
        *expected.entry(sku).or_default() += quantity;
    }
    if coupon {
        shop.shop()
            .apply_coupon(cart.id, BASKET10)
            .expect("the shop's coupon goes on the cart");
    }

    let cart = shop.shop().cart(cart.id).expect("the cart reads back");

    let percent_off = model::percent_off(&expected, coupon);
    assert_eq!(
        cart.totals,
        model::totals(&expected, percent_off),
        "{lines:?}, coupon: {coupon}"
    );
}
