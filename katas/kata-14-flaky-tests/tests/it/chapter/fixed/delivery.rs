//! The clock read twice, fixed: the desk asks a clock it is handed, and the
//! test hands it one that it sets and moves itself.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::chapter::doubles::FakeCarrier;
use crate::chapter::flaky::delivery::{Carrier, Day, Promise, system_now};

/// The computer's clock, for production.
#[allow(
    dead_code,
    reason = "production's clock: the tests hand the desk a clock they set"
)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> u64 {
        system_now()
    }
}

// ANCHOR: clock
/// Tells the time: milliseconds since 1970.
pub trait Clock {
    fn now(&self) -> u64;
}

/// A clock for tests: it says what the test set it to, and moves only when
/// the test moves it. Clones share the time.
#[derive(Clone)]
pub struct SetClock(Arc<AtomicU64>);

impl SetClock {
    pub fn at(millis: u64) -> SetClock {
        SetClock(Arc::new(AtomicU64::new(millis)))
    }

    pub fn advance(&self, millis: u64) {
        self.0.fetch_add(millis, Ordering::SeqCst);
    }
}

impl Clock for SetClock {
    fn now(&self) -> u64 {
        self.0.load(Ordering::SeqCst)
    }
}
// ANCHOR_END: clock

/// Promises next-day delivery, by the clock it is handed.
pub struct DeliveryDesk<C, K> {
    carrier: C,
    clock: K,
}

impl<C: Carrier, K: Clock> DeliveryDesk<C, K> {
    pub fn new(carrier: C, clock: K) -> DeliveryDesk<C, K> {
        DeliveryDesk { carrier, clock }
    }

    /// Books the parcel's pickup, then promises it for the next day.
    pub fn promise(&self, parcel: u64) -> Promise {
        self.carrier.book_pickup(parcel);
        let made_at = self.clock.now();
        Promise {
            made_at,
            arrives_on: Day::of(made_at).next(),
        }
    }
}

/// Monday 2 March 2026.
const MONDAY: Day = Day(20_514);

// ANCHOR: test
pub fn a_parcel_arrives_the_next_day() {
    // A millisecond before midnight, on a Monday: the test chooses the moment.
    let clock = SetClock::at(MONDAY.last_millisecond());
    let desk = DeliveryDesk::new(FakeCarrier::new(), clock.clone());

    let promise = desk.promise(7);

    assert_eq!(
        promise,
        Promise {
            made_at: clock.now(),
            arrives_on: MONDAY.next(),
        }
    );
    // One millisecond later it is Tuesday, and so is the promise.
    clock.advance(1);
    assert_eq!(desk.promise(8).arrives_on, MONDAY.next().next());
}
// ANCHOR_END: test
