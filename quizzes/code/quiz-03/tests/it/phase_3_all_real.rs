//! Phase 3: every layer real. The first test is phase 2's again, with the
//! same name and the same checks.

use quiz_03::checkout::{Checkout, Coupons};
use quiz_03::controller::OrderController;
use quiz_03::coupons::CouponBook;

use crate::stubs::StubCoupons;
use crate::{PRICES, two_mugs_and_a_lamp};

fn all_real(coupons: CouponBook) -> OrderController<Checkout<CouponBook>> {
    OrderController::new(Checkout::new(&PRICES, coupons))
}

#[test]
fn a_coupon_takes_its_percent_off() {
    let controller = all_real(CouponBook::with(&[("SPRING", 10)]));
    let response = controller.post(two_mugs_and_a_lamp(Some("spring")));
    assert_eq!(response.status, 201, "{}", response.body);
    assert_eq!(response.body, "order 1: 36.00", "10 % off 40.00");
}

// ANCHOR: stub_like_real
#[test]
fn each_stub_answers_like_the_real_layer() {
    let stub = StubCoupons::with(&[("SPRING", 10)]);
    let real = CouponBook::with(&[("SPRING", 10)]);
    for code in ["SPRING", "WINTER"] {
        assert_eq!(
            stub.discount(code),
            real.discount(code),
            "the stub and the coupon book on {code:?}"
        );
    }
}
// ANCHOR_END: stub_like_real
