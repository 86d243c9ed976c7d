//! Layer 3: the shop's coupon book, the real service below the checkout.

use std::collections::HashMap;

use crate::checkout::Coupons;

/// The coupon codes the shop has printed, each with its discount in percent.
pub struct CouponBook {
    codes: HashMap<String, u64>,
}

impl CouponBook {
    pub fn with(codes: &[(&str, u64)]) -> CouponBook {
        CouponBook {
            codes: codes
                .iter()
                .map(|(code, percent)| (code.to_string(), *percent))
                .collect(),
        }
    }
}

// ANCHOR: discount
impl Coupons for CouponBook {
    fn discount(&self, code: &str) -> Option<u64> {
        self.codes.get(code).copied()
    }
}
// ANCHOR_END: discount
