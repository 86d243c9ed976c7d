//! Fast tests of the days of a month: the fast job runs them on every push.

use quiz_16::calendar::{Date, days_in_month};
use quiz_16::reports::{Sale, month_of_reports};

// ANCHOR: march
#[test]
fn march_2028_counts_each_day_s_sales() {
    let on = |day| Date {
        year: 2028,
        month: 3,
        day,
    };
    let sales = [1, 1, 7].map(|day| Sale {
        on: on(day),
        cents: 1250,
    });
    let march = month_of_reports(2028, 3, &sales);
    assert_eq!(march.len(), 31);
    assert_eq!(
        (march[0].on, march[0].orders, march[0].cents),
        (on(1), 2, 2500)
    );
    assert_eq!(
        (march[6].on, march[6].orders, march[6].cents),
        (on(7), 1, 1250)
    );
    assert_eq!(march[1].orders, 0, "a day without sales has a report too");
}
// ANCHOR_END: march

// ANCHOR: february_2027
#[test]
fn february_2027_has_28_days() {
    assert_eq!(days_in_month(2027, 2), 28);
}
// ANCHOR_END: february_2027

// ANCHOR: february_2028
#[test]
fn february_2028_has_29_days() {
    assert_eq!(days_in_month(2028, 2), 29);
}
// ANCHOR_END: february_2028
