//! Step 1: the order desk numbers the orders it takes, and emails the
//! customer when one is placed and when one is cancelled.

use kata_14::email::Email;
use kata_14::orders::{OrderDesk, OrderNumber, OrderStatus};
use kata_14::outbox;

pub fn placing_an_order_sends_a_confirmation() {
    let mut desk = OrderDesk::new();

    let order = desk.place("ada@example.com", &[("MUG", 2)]);

    let sent = outbox::sent();
    assert_eq!(
        order.number,
        OrderNumber(1),
        "the first order a new desk takes is number 1"
    );
    assert_eq!(
        sent,
        [Email::new("ada@example.com", "Order 1 is confirmed")]
    );
}

pub fn cancelling_an_order_sends_a_notice() {
    let mut desk = OrderDesk::new();
    let order = desk.place("grace@example.com", &[("TEA", 1)]);

    let cancelled = desk
        .cancel(order.number)
        .expect("a placed order can be cancelled");

    let sent = outbox::sent();
    assert_eq!(cancelled.status, OrderStatus::Cancelled);
    assert_eq!(
        sent,
        [
            Email::new("grace@example.com", "Order 1 is confirmed"),
            Email::new("grace@example.com", "Order 1 is cancelled"),
        ]
    );
}

pub fn a_desk_numbers_its_orders_one_after_another() {
    let mut desk = OrderDesk::new();

    let first = desk.place("ada@example.com", &[("MUG", 1)]);
    let second = desk.place("grace@example.com", &[("TEA", 1)]);

    assert_eq!(
        (first.number, second.number),
        (OrderNumber(1), OrderNumber(2)),
        "a new desk numbers its orders 1, 2, and so on"
    );
}
