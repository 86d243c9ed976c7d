//! A property of the shop's prices: whatever a cart holds, it costs what
//! the rule says. **You write it (step 1).**

use proptest::prelude::*;

use crate::generators::cart_lines;
use crate::harness::check;

/// Any cart, with BASKET10 or without, in a shop of its own.
#[test]
fn any_cart_costs_what_the_rule_says() {
    check((cart_lines(), any::<bool>()), |(lines, coupon)| {
        a_cart_costs_what_the_rule_says(&lines, coupon);
        Ok(())
    });
}

/// Fill a cart with `lines`, and put BASKET10 on it when `coupon` says so:
/// the cart costs what the model's prices say.
fn a_cart_costs_what_the_rule_says(lines: &[(&'static str, u32)], coupon: bool) {
    todo!(
        "kata 16, step 1: write the property in tests/it/pricing.rs: a cart of {lines:?}, \
         coupon: {coupon}, on a ShopUnderTest::new(), costs what the model says"
    )
}
