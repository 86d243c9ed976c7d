//! The chapter's worked example, on another part of the shop: sending
//! parcels. The kata's own tests don't use it; `tests/it/shipping/` tests it
//! with every kind of test double, and the chapter shows those tests.

use mockall::automock;

use crate::clock::{Clock, UnixTime};
use crate::orders::OrderId;

/// The heaviest parcel the carrier takes.
pub const MAX_GRAMS: u32 = 30_000;

/// Parcels booked before 15:00 (UTC) leave the same day; later ones, the next.
pub const CUT_OFF: i64 = 15 * 60 * 60;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parcel {
    pub order: OrderId,
    pub address: String,
    pub grams: u32,
}

/// The carrier's number for a booked parcel, such as `TRK-1`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TrackingNumber(pub String);

/// A day, counted from 1970-01-01 (see [`UnixTime::day`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(pub i64);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CarrierError {
    /// The carrier is busy: ask again.
    Busy,
    /// The carrier has no parcel with this tracking number.
    UnknownParcel,
}

// ANCHOR: traits
/// The carrier's booking service, across the network.
#[automock]
#[expect(async_fn_in_trait, reason = "the futures are awaited in place")]
pub trait Carrier {
    async fn book(&self, parcel: &Parcel) -> Result<TrackingNumber, CarrierError>;
    async fn cancel(&self, tracking: &TrackingNumber) -> Result<(), CarrierError>;
}

/// Tells customers where their parcels are (a text message, say).
#[automock]
pub trait Notifier {
    fn parcel_on_its_way(&self, order: OrderId, tracking: &TrackingNumber, leaves_on: Day);
    fn parcel_cancelled(&self, order: OrderId);
}
// ANCHOR_END: traits

// ANCHOR: by_reference
/// A borrowed carrier is a carrier: a test can hand `&carrier` to the
/// service and keep the carrier, to look at it afterwards.
impl<T: Carrier + ?Sized> Carrier for &T {
    async fn book(&self, parcel: &Parcel) -> Result<TrackingNumber, CarrierError> {
        T::book(self, parcel).await
    }

    async fn cancel(&self, tracking: &TrackingNumber) -> Result<(), CarrierError> {
        T::cancel(self, tracking).await
    }
}
// ANCHOR_END: by_reference

impl<T: Notifier + ?Sized> Notifier for &T {
    fn parcel_on_its_way(&self, order: OrderId, tracking: &TrackingNumber, leaves_on: Day) {
        T::parcel_on_its_way(self, order, tracking, leaves_on);
    }

    fn parcel_cancelled(&self, order: OrderId) {
        T::parcel_cancelled(self, order);
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shipment {
    pub order: OrderId,
    pub tracking: TrackingNumber,
    pub leaves_on: Day,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DispatchError {
    TooHeavy {
        grams: u32,
    },
    /// The carrier was busy twice in a row.
    CarrierBusy,
    /// The carrier knows no such parcel (already cancelled, say).
    UnknownParcel(TrackingNumber),
}

pub struct Dispatch<K, N, C> {
    carrier: K,
    notifier: N,
    clock: C,
}

impl<K: Carrier, N: Notifier, C: Clock> Dispatch<K, N, C> {
    pub fn new(carrier: K, notifier: N, clock: C) -> Self {
        Dispatch {
            carrier,
            notifier,
            clock,
        }
    }

    // ANCHOR: ship
    /// Books the parcel with the carrier and tells the customer when it
    /// leaves. A parcel the carrier would refuse is refused before anyone is
    /// asked anything.
    pub async fn ship(&self, parcel: &Parcel) -> Result<Shipment, DispatchError> {
        if parcel.grams > MAX_GRAMS {
            return Err(DispatchError::TooHeavy {
                grams: parcel.grams,
            });
        }
        let tracking = self.book(parcel).await?;
        let leaves_on = departure_day(self.clock.now());
        self.notifier
            .parcel_on_its_way(parcel.order, &tracking, leaves_on);
        Ok(Shipment {
            order: parcel.order,
            tracking,
            leaves_on,
        })
    }

    /// Cancels the booking, and then tells the customer: not before the
    /// carrier has agreed, or the customer hears of a cancellation that
    /// never happened.
    pub async fn cancel(&self, shipment: &Shipment) -> Result<(), DispatchError> {
        match self.carrier.cancel(&shipment.tracking).await {
            Ok(()) => {}
            Err(CarrierError::Busy) => return Err(DispatchError::CarrierBusy),
            Err(CarrierError::UnknownParcel) => {
                return Err(DispatchError::UnknownParcel(shipment.tracking.clone()));
            }
        }
        self.notifier.parcel_cancelled(shipment.order);
        Ok(())
    }
    // ANCHOR_END: ship

    /// Books the parcel, asking once more if the carrier is busy.
    async fn book(&self, parcel: &Parcel) -> Result<TrackingNumber, DispatchError> {
        let answer = match self.carrier.book(parcel).await {
            Err(CarrierError::Busy) => self.carrier.book(parcel).await,
            answer => answer,
        };
        answer.map_err(|_| DispatchError::CarrierBusy)
    }
}

/// Today if it is before the cut-off, tomorrow otherwise.
fn departure_day(now: UnixTime) -> Day {
    if now.seconds_into_day() < CUT_OFF {
        Day(now.day())
    } else {
        Day(now.day() + 1)
    }
}
