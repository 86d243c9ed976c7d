//! Timestamps, and where the time comes from.

use std::time::{SystemTime, UNIX_EPOCH};

/// A moment, to the millisecond, as the shop stores it: milliseconds since
/// the Unix epoch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(u64);

const MILLIS_PER_DAY: u64 = 24 * 60 * 60 * 1000;

impl Timestamp {
    pub const fn from_millis(millis: u64) -> Timestamp {
        Timestamp(millis)
    }

    /// The same time of day, `days` later.
    pub const fn plus_days(self, days: u64) -> Timestamp {
        Timestamp(self.0 + days * MILLIS_PER_DAY)
    }
}

// ANCHOR: clock
/// Something that tells the time.
pub trait Clock: Send + Sync {
    fn now(&self) -> Timestamp;
}

/// The computer's own clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        let since_epoch = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .expect("the system clock is set after 1970");
        Timestamp(u64::try_from(since_epoch.as_millis()).expect("before the year 500 million"))
    }
}
// ANCHOR_END: clock
