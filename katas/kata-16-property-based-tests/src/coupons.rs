//! The shop's one coupon, BASKET10, and when it takes something off.

use crate::money::Cents;

/// The code of the shop's one coupon.
pub const BASKET10: &str = "BASKET10";

/// BASKET10 takes 10% off a cart whose subtotal is at least this much.
pub const MINIMUM: Cents = Cents(3000);

/// Whether the shop has a coupon with this code (spelled exactly so).
pub fn exists(code: &str) -> bool {
    code == BASKET10
}

// ANCHOR: rule
/// The percentage a cart with `coupon` takes off its `subtotal`: 10 with
/// BASKET10 on a subtotal of 30.00 or more, else 0.
///
/// The rule is applied to the cart as it is now, every time its totals are
/// worked out: a cart below 30.00 keeps its coupon, and gets the discount
/// once it reaches 30.00; a cart that drops below loses it until then.
pub fn percent_off(coupon: Option<&str>, subtotal: Cents) -> u32 {
    match coupon {
        Some(BASKET10) if subtotal >= MINIMUM => 10,
        _ => 0,
    }
}
// ANCHOR_END: rule
