//! Dispatch with hand-written doubles: a dummy, a stub, a fake and a spy.

use std::collections::BTreeMap;

use kata_09::clock::UnixTime;
use kata_09::orders::OrderId;
use kata_09::shipping::{Dispatch, DispatchError, Parcel, Shipment};

use super::MARCH_15;
use super::hand_written::{Dummy, FakeCarrier, Notice, SpyNotifier};
use crate::doubles::{NOW, StubClock};

fn parcel(grams: u32) -> Parcel {
    Parcel {
        order: OrderId(7),
        address: "12 Analytical Row, London".into(),
        grams,
    }
}

// ANCHOR: with_dummies
#[tokio::test]
async fn a_parcel_too_heavy_for_the_carrier_is_refused_before_anyone_is_asked() {
    let dispatch = Dispatch::new(Dummy, Dummy, Dummy);

    let shipped = dispatch.ship(&parcel(31_000)).await;

    assert_eq!(shipped, Err(DispatchError::TooHeavy { grams: 31_000 }));
}
// ANCHOR_END: with_dummies

// ANCHOR: with_stub_and_spy
#[tokio::test]
async fn a_parcel_booked_at_the_cut_off_leaves_the_next_day() {
    let three_pm = UnixTime(NOW.0 + 3 * 60 * 60);
    let notifier = SpyNotifier::default();
    let dispatch = Dispatch::new(FakeCarrier::default(), &notifier, StubClock(three_pm));

    let shipment = dispatch.ship(&parcel(800)).await.unwrap();

    assert_eq!(shipment.leaves_on, MARCH_15, "15:00 is already too late");
    assert_eq!(
        notifier.sent(),
        vec![Notice::OnItsWay {
            order: OrderId(7),
            tracking: shipment.tracking,
            leaves_on: MARCH_15,
        }],
        "the customer hears once, with the day the parcel really leaves"
    );
}
// ANCHOR_END: with_stub_and_spy

// ANCHOR: with_fake
#[tokio::test]
async fn a_cancelled_parcel_is_no_longer_booked_and_cannot_be_cancelled_twice() {
    let carrier = FakeCarrier::default();
    let notifier = SpyNotifier::default();
    let dispatch = Dispatch::new(&carrier, &notifier, StubClock(NOW));
    let kept = dispatch.ship(&parcel(500)).await.unwrap();
    let cancelled = dispatch.ship(&parcel(900)).await.unwrap();

    dispatch.cancel(&cancelled).await.unwrap();

    assert_eq!(
        carrier.booked(),
        BTreeMap::from([(kept.tracking.0.clone(), parcel(500))]),
        "only the parcel that was not cancelled is still booked"
    );
    assert_eq!(
        dispatch.cancel(&cancelled).await,
        Err(DispatchError::UnknownParcel(cancelled.tracking.clone())),
        "the carrier no longer knows a cancelled parcel"
    );
    let on_its_way = |shipment: &Shipment| Notice::OnItsWay {
        order: shipment.order,
        tracking: shipment.tracking.clone(),
        leaves_on: shipment.leaves_on,
    };
    assert_eq!(
        notifier.sent(),
        vec![
            on_its_way(&kept),
            on_its_way(&cancelled),
            Notice::Cancelled { order: OrderId(7) },
        ],
        "one cancellation, one notice: the refused second cancel told no one"
    );
}
// ANCHOR_END: with_fake
