//! Coupon codes. The shop has one, SAVE10: 10% off the whole cart.

/// The code of the shop's one coupon.
pub const SAVE10: &str = "SAVE10";

/// A coupon the shop accepts, and what it takes off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Coupon {
    pub code: &'static str,
    pub percent_off: u32,
}

const COUPONS: [Coupon; 1] = [Coupon {
    code: SAVE10,
    percent_off: 10,
}];

/// The coupon a customer typed, in any case and with spaces around it
/// (`" save10"` is SAVE10), or `None` when the shop has no such coupon.
pub fn find(typed: &str) -> Option<Coupon> {
    let typed = typed.trim();
    COUPONS
        .into_iter()
        .find(|coupon| coupon.code.eq_ignore_ascii_case(typed))
}
