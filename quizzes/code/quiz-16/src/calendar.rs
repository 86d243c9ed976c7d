//! The days of a year.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u32,
    pub month: u32,
    pub day: u32,
}

// ANCHOR: days_in_month
pub fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn is_leap(year: u32) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}
// ANCHOR_END: days_in_month

/// Every day of `month`, in order.
pub fn days_of_month(year: u32, month: u32) -> Vec<Date> {
    (1..=days_in_month(year, month))
        .map(|day| Date { year, month, day })
        .collect()
}

/// Every day of `year`, in order.
pub fn days_of_year(year: u32) -> Vec<Date> {
    (1..=12)
        .flat_map(|month| days_of_month(year, month))
        .collect()
}
