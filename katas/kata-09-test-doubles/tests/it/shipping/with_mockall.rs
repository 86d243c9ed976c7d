//! Dispatch with mockall mocks: expectations, call counts, argument
//! matchers, a return sequence, a `Sequence`, and a checkpoint.

use kata_09::orders::OrderId;
use kata_09::shipping::{
    CarrierError, Dispatch, MAX_GRAMS, MockCarrier, MockNotifier, Parcel, Shipment, TrackingNumber,
};
use mockall::Sequence;
use mockall::predicate::eq;

use super::MARCH_14;
use crate::doubles::{NOW, StubClock};

fn parcel() -> Parcel {
    Parcel {
        order: OrderId(7),
        address: "12 Analytical Row, London".into(),
        // The heaviest parcel the carrier takes: still taken.
        grams: MAX_GRAMS,
    }
}

fn trk(number: &str) -> TrackingNumber {
    TrackingNumber(number.into())
}

// ANCHOR: expectations
#[tokio::test]
async fn the_carrier_books_the_parcel_as_given_and_the_customer_hears_once() {
    let mut carrier = MockCarrier::new();
    carrier
        .expect_book()
        .with(eq(parcel()))
        .times(1)
        .returning(|_| Ok(trk("TRK-41")));
    let mut notifier = MockNotifier::new();
    notifier
        .expect_parcel_on_its_way()
        .withf(|order, tracking, leaves_on| {
            *order == OrderId(7) && tracking.0 == "TRK-41" && *leaves_on == MARCH_14
        })
        .times(1)
        .return_const(());
    let dispatch = Dispatch::new(carrier, notifier, StubClock(NOW));

    let shipment = dispatch.ship(&parcel()).await;

    assert_eq!(
        shipment,
        Ok(Shipment {
            order: OrderId(7),
            tracking: trk("TRK-41"),
            leaves_on: MARCH_14,
        })
    );
    // No assertion on the mocks here: each one checks its `times` when it is
    // dropped, at the end of the test, and fails the test if it was called
    // too few times. Too many, or with other arguments, fails at the call.
}
// ANCHOR_END: expectations

// ANCHOR: return_sequence
#[tokio::test]
async fn a_busy_carrier_is_asked_once_more() {
    let mut carrier = MockCarrier::new();
    // Two expectations for the same call: mockall tries them in the order
    // they were set, and skips one that has had all its calls. So the first
    // `book` gets the first answer, and the second `book` the second.
    carrier
        .expect_book()
        .times(1)
        .returning(|_| Err(CarrierError::Busy));
    carrier
        .expect_book()
        .with(eq(parcel()))
        .times(1)
        .returning(|_| Ok(trk("TRK-42")));
    let mut notifier = MockNotifier::new();
    notifier
        .expect_parcel_on_its_way()
        .times(1)
        .return_const(());
    let dispatch = Dispatch::new(carrier, notifier, StubClock(NOW));

    let shipment = dispatch.ship(&parcel()).await.unwrap();

    assert_eq!(shipment.tracking, trk("TRK-42"));
}
// ANCHOR_END: return_sequence

// ANCHOR: sequence
#[tokio::test]
async fn the_customer_hears_of_a_cancellation_only_once_the_carrier_agrees() {
    let mut order_of_calls = Sequence::new();
    let mut carrier = MockCarrier::new();
    let mut notifier = MockNotifier::new();
    carrier
        .expect_cancel()
        .with(eq(trk("TRK-43")))
        .times(1)
        .in_sequence(&mut order_of_calls)
        .returning(|_| Ok(()));
    notifier
        .expect_parcel_cancelled()
        .with(eq(OrderId(7)))
        .times(1)
        .in_sequence(&mut order_of_calls)
        .return_const(());
    let dispatch = Dispatch::new(carrier, notifier, StubClock(NOW));
    let shipment = Shipment {
        order: OrderId(7),
        tracking: trk("TRK-43"),
        leaves_on: MARCH_14,
    };

    assert_eq!(dispatch.cancel(&shipment).await, Ok(()));
}
// ANCHOR_END: sequence

// ANCHOR: checkpoint
#[tokio::test]
async fn shipping_then_cancelling_is_checked_one_step_at_a_time() {
    let mut carrier = MockCarrier::new();
    let mut notifier = MockNotifier::new();

    // Step 1: ship. The service borrows the mocks, so that the test can
    // still reach them between the steps.
    carrier
        .expect_book()
        .times(1)
        .returning(|_| Ok(trk("TRK-44")));
    notifier
        .expect_parcel_on_its_way()
        .times(1)
        .return_const(());
    let shipment = Dispatch::new(&carrier, &notifier, StubClock(NOW))
        .ship(&parcel())
        .await
        .unwrap();
    // Every expectation so far must be met now, not at the end of the test;
    // then they are cleared, so a second `book` from here on would fail.
    carrier.checkpoint();
    notifier.checkpoint();

    // Step 2: cancel.
    carrier
        .expect_cancel()
        .with(eq(trk("TRK-44")))
        .times(1)
        .returning(|_| Ok(()));
    notifier
        .expect_parcel_cancelled()
        .with(eq(OrderId(7)))
        .times(1)
        .return_const(());
    let cancelled = Dispatch::new(&carrier, &notifier, StubClock(NOW))
        .cancel(&shipment)
        .await;

    assert_eq!(cancelled, Ok(()));
}
// ANCHOR_END: checkpoint
