//! What time it is, behind a trait: code that asks a `Clock` can be told,
//! in a test, that it is noon on a known day.

use std::time::{SystemTime, UNIX_EPOCH};

use mockall::automock;

/// A moment, in whole seconds since 1970-01-01 00:00 UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct UnixTime(pub i64);

impl UnixTime {
    const SECONDS_PER_DAY: i64 = 24 * 60 * 60;

    /// The day this moment falls on, counted in days since 1970-01-01 (UTC).
    pub fn day(self) -> i64 {
        self.0.div_euclid(Self::SECONDS_PER_DAY)
    }

    /// How many seconds of its day (UTC) have passed: 0 at midnight, 54000
    /// at 15:00.
    pub fn seconds_into_day(self) -> i64 {
        self.0.rem_euclid(Self::SECONDS_PER_DAY)
    }
}

/// Where the shop gets the time from.
#[automock]
pub trait Clock {
    fn now(&self) -> UnixTime;
}

/// The real clock: the operating system's.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> UnixTime {
        let since_epoch = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        UnixTime(i64::try_from(since_epoch.as_secs()).unwrap_or(i64::MAX))
    }
}

/// A shared clock is a clock: several services can use one.
impl<T: Clock + ?Sized> Clock for &T {
    fn now(&self) -> UnixTime {
        T::now(self)
    }
}
