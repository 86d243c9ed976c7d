//! The shop's clock: the real one. Every order and shipment is stamped with
//! the time it happened, in UTC, to the second.
//!
//! Two ways to write a time, for two kinds of reader:
//!
//! - for programs, in JSON: RFC 3339, such as `2025-06-01T12:34:56Z`
//!   ([`Timestamp::rfc3339`]);
//! - for people, on a receipt or a packing slip: `2025-06-01 12:34 UTC`
//!   (the `Display` of a [`Timestamp`]).

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

/// A moment in time, as whole seconds since 1970-01-01 00:00:00 UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Timestamp {
    unix_seconds: i64,
}

impl Timestamp {
    /// The time now, by the system clock.
    pub fn now() -> Timestamp {
        let since_epoch = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .expect("the system clock is set after 1970");
        Timestamp::from_unix_seconds(
            i64::try_from(since_epoch.as_secs()).expect("the system clock is set before 2262"),
        )
    }

    pub fn from_unix_seconds(unix_seconds: i64) -> Timestamp {
        Timestamp { unix_seconds }
    }

    pub fn unix_seconds(self) -> i64 {
        self.unix_seconds
    }

    /// The time for programs: RFC 3339 in UTC, such as `2025-06-01T12:34:56Z`.
    pub fn rfc3339(self) -> String {
        let DateTime {
            year,
            month,
            day,
            hour,
            minute,
            second,
        } = self.date_time();
        format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}Z")
    }

    fn date_time(self) -> DateTime {
        let days = self.unix_seconds.div_euclid(86_400);
        let seconds_of_day = self.unix_seconds.rem_euclid(86_400);
        let (year, month, day) = civil_from_days(days);
        DateTime {
            year,
            month,
            day,
            hour: seconds_of_day / 3600,
            minute: seconds_of_day % 3600 / 60,
            second: seconds_of_day % 60,
        }
    }
}

impl fmt::Display for Timestamp {
    /// The time for people, to the minute: `2025-06-01 12:34 UTC`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let DateTime {
            year,
            month,
            day,
            hour,
            minute,
            ..
        } = self.date_time();
        write!(f, "{year:04}-{month:02}-{day:02} {hour:02}:{minute:02} UTC")
    }
}

struct DateTime {
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
}

/// The calendar date of a day counted from 1970-01-01, in the proleptic
/// Gregorian calendar. This is Howard Hinnant's `civil_from_days`, which
/// counts in 400-year eras that start on 1 March, so that the leap day
/// falls at the end of each year. (A date crate would do this too; the shop
/// needs nothing else from one.)
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The calendar arithmetic is checked here, next to it, on dates that are
/// easy to get wrong: the tests of the API can only see that a time has the
/// right shape, not that it is the right time.
#[cfg(test)]
mod tests {
    use super::Timestamp;

    #[test]
    fn a_time_for_programs_and_for_people() {
        let time = Timestamp::from_unix_seconds(1_748_781_296);
        assert_eq!(time.rfc3339(), "2025-06-01T12:34:56Z");
        assert_eq!(time.to_string(), "2025-06-01 12:34 UTC");
        assert_eq!(time.unix_seconds(), 1_748_781_296);
    }

    #[test]
    fn dates_that_are_easy_to_get_wrong() {
        for (unix_seconds, expected) in [
            (0, "1970-01-01T00:00:00Z"),
            (-1, "1969-12-31T23:59:59Z"),
            // 2000 is a leap year: divisible by 400.
            (951_782_400, "2000-02-29T00:00:00Z"),
            (1_735_689_599, "2024-12-31T23:59:59Z"),
            (1_735_689_600, "2025-01-01T00:00:00Z"),
            // 2100 is not: divisible by 100, but not by 400.
            (4_107_542_399, "2100-02-28T23:59:59Z"),
            (4_107_542_400, "2100-03-01T00:00:00Z"),
        ] {
            assert_eq!(
                Timestamp::from_unix_seconds(unix_seconds).rfc3339(),
                expected,
                "{unix_seconds} seconds after 1970"
            );
        }
    }
}
