//! The nightly job's replay of a whole year, one sale a day. Ignored, so
//! that the fast job skips it; the nightly job runs it with
//! `--include-ignored`. (Here it takes milliseconds; it stands for a suite
//! that replays a year of the shop's real orders, which takes minutes.)

use quiz_16::calendar::Date;
use quiz_16::reports::{Sale, month_of_reports};

/// The length of each month of 2028, a leap year, from a wall calendar.
const MONTHS_OF_2028: [u32; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// ANCHOR: every_day_of_2028
#[test]
#[ignore = "nightly job: replays a whole year of orders"]
fn every_day_of_2028_has_a_report() {
    let sales: Vec<Sale> = (1..=12)
        .zip(MONTHS_OF_2028)
        .flat_map(|(month, days)| {
            (1..=days).map(move |day| Date {
                year: 2028,
                month,
                day,
            })
        })
        .map(|on| Sale { on, cents: 1250 })
        .collect();
    let reports: Vec<_> = (1..=12)
        .flat_map(|month| month_of_reports(2028, month, &sales))
        .collect();
    assert_eq!(reports.len(), 366, "a report for every day of the year");
    assert!(reports.iter().all(|report| report.orders == 1));
}
// ANCHOR_END: every_day_of_2028
