//! The clock read twice: the delivery date a customer is promised.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::chapter::doubles::FakeCarrier;

/// The parcel service: it books a pickup (an API call, in production).
pub trait Carrier {
    fn book_pickup(&self, parcel: u64);
}

/// A day, counted from 1 January 1970, in UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day(pub u64);

const MILLIS_PER_DAY: u64 = 24 * 60 * 60 * 1000;

impl Day {
    /// The day that `millis` (since 1970) falls on.
    pub fn of(millis: u64) -> Day {
        Day(millis / MILLIS_PER_DAY)
    }

    pub fn next(self) -> Day {
        Day(self.0 + 1)
    }

    /// Its last millisecond, since 1970.
    pub fn last_millisecond(self) -> u64 {
        (self.0 + 1) * MILLIS_PER_DAY - 1
    }
}

/// What the customer is told: when the promise was made, to the
/// millisecond, and the day the parcel arrives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Promise {
    pub made_at: u64,
    pub arrives_on: Day,
}

/// The computer's clock: milliseconds since 1970.
pub fn system_now() -> u64 {
    let since_1970 = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("the system clock is set after 1970");
    u64::try_from(since_1970.as_millis()).expect("before the year 500 million")
}

// ANCHOR: desk
/// Promises next-day delivery.
pub struct DeliveryDesk<C> {
    carrier: C,
}

impl<C: Carrier> DeliveryDesk<C> {
    pub fn new(carrier: C) -> DeliveryDesk<C> {
        DeliveryDesk { carrier }
    }

    /// Books the parcel's pickup, then promises it for the next day.
    pub fn promise(&self, parcel: u64) -> Promise {
        self.carrier.book_pickup(parcel);
        let made_at = system_now();
        Promise {
            made_at,
            arrives_on: Day::of(made_at).next(),
        }
    }
}
// ANCHOR_END: desk

// ANCHOR: test
pub fn a_parcel_arrives_the_next_day() {
    let desk = DeliveryDesk::new(FakeCarrier::new());
    let now = system_now();

    let promise = desk.promise(7);

    assert_eq!(
        promise,
        Promise {
            made_at: now,
            arrives_on: Day::of(now).next(),
        }
    );
}
// ANCHOR_END: test
