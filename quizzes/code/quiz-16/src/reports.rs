//! One sales report per day, and the export of a month's reports.

use crate::calendar::{Date, days_of_month};

/// A sale: the day, and the amount in cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sale {
    pub on: Date,
    pub cents: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DailyReport {
    pub on: Date,
    pub orders: usize,
    pub cents: u64,
}

/// A report for every day of the month, days without sales included.
pub fn month_of_reports(year: u32, month: u32, sales: &[Sale]) -> Vec<DailyReport> {
    days_of_month(year, month)
        .into_iter()
        .map(|on| {
            let of_the_day: Vec<&Sale> = sales.iter().filter(|sale| sale.on == on).collect();
            DailyReport {
                on,
                orders: of_the_day.len(),
                cents: of_the_day.iter().map(|sale| sale.cents).sum(),
            }
        })
        .collect()
}

/// Where the accountants read reports from: a file share in production.
pub trait Storage {
    fn put(&self, name: &str, contents: &str);
}

/// Writes each report of the month to `storage`, one file per day.
pub fn export(reports: &[DailyReport], storage: &impl Storage) {
    for report in reports {
        let Date { year, month, day } = report.on;
        let name = format!("sales-{year}-{month:02}-{day:02}.csv");
        storage.put(&name, &format!("{},{}\n", report.orders, report.cents));
    }
}
