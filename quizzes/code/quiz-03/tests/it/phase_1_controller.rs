//! Phase 1: the real controller over a stub order service.

use quiz_03::Cents;
use quiz_03::controller::{OrderController, OrderError, Receipt};

use crate::stubs::StubOrderService;
use crate::two_mugs_and_a_lamp;

fn controller_over(service: StubOrderService) -> OrderController<StubOrderService> {
    OrderController::new(service)
}

fn a_receipt() -> Receipt {
    Receipt {
        order_id: 1,
        total: Cents(3600),
    }
}

// ANCHOR: answers_201
#[test]
fn a_placed_order_answers_201() {
    let controller = controller_over(StubOrderService::placing(a_receipt()));
    let response = controller.post(two_mugs_and_a_lamp(Some(" spring ")));
    assert_eq!(response.status, 201);
}
// ANCHOR_END: answers_201

// ANCHOR: cleaned_up
#[test]
fn the_coupon_reaches_the_service_cleaned_up() {
    let controller = controller_over(StubOrderService::placing(a_receipt()));
    controller.post(two_mugs_and_a_lamp(Some(" spring ")));
    let received = controller.service().received();
    assert_eq!(received.len(), 1, "orders that reached the service");
    assert_eq!(received[0].coupon.as_deref(), Some("SPRING"));
}
// ANCHOR_END: cleaned_up

// ANCHOR: unknown_coupon
#[test]
fn an_unknown_coupon_answers_422() {
    let refusal = OrderError::UnknownCoupon("WINTER".to_string());
    let controller = controller_over(StubOrderService::refusing(refusal));
    let response = controller.post(two_mugs_and_a_lamp(Some("winter")));
    assert_eq!(response.status, 422, "{}", response.body);
}
// ANCHOR_END: unknown_coupon
