//! A packed order, seen from each place a test can look.

use quiz_15::edges::{Kind, Notification};
use quiz_15::order::Status;

use crate::support::{ADA, shop};

// ANCHOR: back_door
#[test]
fn a_packed_order_is_ready_in_the_store() {
    let shop = shop();
    let id = shop.place(&[("MUG", 1)]);
    shop.api.pack(id);
    let order = shop.store.order(id).expect("the order is in the store");
    assert_eq!(order.status, Status::Ready);
}
// ANCHOR_END: back_door

// ANCHOR: status_code
#[test]
fn packing_answers_200() {
    let shop = shop();
    let id = shop.place(&[("MUG", 1)]);
    assert_eq!(shop.api.pack(id).status, 200);
}
// ANCHOR_END: status_code

// ANCHOR: answer
#[test]
fn packing_answers_the_ready_order() {
    let shop = shop();
    let id = shop.place(&[("MUG", 1)]);
    let packed = shop.api.pack(id);
    assert_eq!(packed.status, 200);
    assert_eq!(packed.body["status"], "ready");
}
// ANCHOR_END: answer

// ANCHOR: read_back
#[test]
fn a_packed_order_reads_ready() {
    let shop = shop();
    let id = shop.place(&[("MUG", 1)]);
    shop.api.pack(id);
    let read = shop.api.get_order(id);
    assert_eq!(read.status, 200);
    assert_eq!(read.body["status"], "ready");
}
// ANCHOR_END: read_back

// ANCHOR: outbox
#[test]
fn packing_tells_the_customer() {
    let shop = shop();
    let id = shop.place(&[("MUG", 1)]);
    shop.api.pack(id);
    let told = Notification {
        to: ADA.to_string(),
        order: id,
        kind: Kind::ReadyForPickup,
    };
    assert_eq!(shop.outbox.sent(), [told]);
}
// ANCHOR_END: outbox
