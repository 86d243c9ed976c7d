//! Phase 2: the real checkout takes the stub service's place; the coupon
//! book below it is a stub.

use quiz_03::checkout::Checkout;
use quiz_03::controller::OrderController;

use crate::stubs::StubCoupons;
use crate::{PRICES, two_mugs_and_a_lamp};

fn checkout_over(coupons: StubCoupons) -> OrderController<Checkout<StubCoupons>> {
    OrderController::new(Checkout::new(&PRICES, coupons))
}

// ANCHOR: percent_off
#[test]
fn a_coupon_takes_its_percent_off() {
    let controller = checkout_over(StubCoupons::with(&[("SPRING", 10)]));
    let response = controller.post(two_mugs_and_a_lamp(Some("spring")));
    assert_eq!(response.status, 201, "{}", response.body);
    assert_eq!(response.body, "order 1: 36.00", "10 % off 40.00");
}
// ANCHOR_END: percent_off
