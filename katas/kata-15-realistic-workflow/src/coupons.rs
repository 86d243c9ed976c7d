//! Coupon codes. The shop has one, COMEBACK15: 15% off the whole cart. Its
//! reminder emails give it to customers who left a cart behind.

/// The code of the shop's one coupon.
pub const COMEBACK15: &str = "COMEBACK15";

/// A coupon the shop accepts, and what it takes off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Coupon {
    pub code: &'static str,
    pub percent_off: u32,
}

const COUPONS: [Coupon; 1] = [Coupon {
    code: COMEBACK15,
    percent_off: 15,
}];

/// The coupon a customer typed, in any case and with spaces around it
/// (`" comeback15"` is COMEBACK15), or `None` when the shop has no such
/// coupon.
pub fn find(typed: &str) -> Option<Coupon> {
    let typed = typed.trim();
    COUPONS
        .into_iter()
        .find(|coupon| coupon.code.eq_ignore_ascii_case(typed))
}
