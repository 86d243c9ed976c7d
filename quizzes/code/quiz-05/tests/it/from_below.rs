//! From below: the test is the driver. It plays the returns service, and
//! calls the real parts through the contract, in the order the service
//! should.

use quiz_05::Cents;
use quiz_05::contract::{Label, Labels, Orders, Refunds, ReturnError};

use crate::helpers::{MUG_PRICE, ORDER, real_parts};

#[test]
fn the_book_refuses_more_than_was_bought() {
    let parts = real_parts();
    let result = parts.book.mark_returned(ORDER, "MUG", 3);
    assert_eq!(result, Err(ReturnError::MoreThanBought("MUG".to_string())));
    assert_eq!(parts.book.returned(ORDER, "MUG"), 0, "nothing recorded");
}

// ANCHOR: second_return
#[test]
fn a_second_return_counts_with_the_first() {
    let parts = real_parts();
    assert_eq!(parts.book.mark_returned(ORDER, "MUG", 1), Ok(MUG_PRICE));
    assert_eq!(parts.book.mark_returned(ORDER, "MUG", 1), Ok(MUG_PRICE));
    assert_eq!(
        parts.book.mark_returned(ORDER, "MUG", 1),
        Err(ReturnError::MoreThanBought("MUG".to_string())),
        "a third mug, of two bought"
    );
}
// ANCHOR_END: second_return

// ANCHOR: label_from_the_book
#[test]
fn the_label_shows_what_the_book_recorded() {
    let parts = real_parts();
    parts.book.mark_returned(ORDER, "MUG", 2).unwrap();
    let label = parts.printer.print(ORDER);
    let mugs = vec![("MUG".to_string(), 2)];
    assert_eq!(
        label,
        Label {
            order_id: ORDER,
            lines: mugs
        }
    );
}
// ANCHOR_END: label_from_the_book

#[test]
fn a_refund_is_paid_to_the_order() {
    let parts = real_parts();
    parts.card.refund(ORDER, Cents(2500)).unwrap();
    assert_eq!(parts.card.refunds(), [(ORDER, Cents(2500))]);
}
