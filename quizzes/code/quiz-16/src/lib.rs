//! Chapter 16's quiz: the shop's daily sales reports, and the jobs that test
//! them in CI.
//!
//! - `calendar`: the days of a year, leap days included;
//! - `reports`: one report per day, and the export of a month's reports to
//!   the accountants' storage;
//! - `archive`: the shared sales archive, a folder on the team's file server
//!   that the environment variable `QUIZ_16_SALES_ARCHIVE` names.
//!
//! `broken/` holds a broken version of this crate, as a patch; the quiz asks
//! which tests, and so which CI jobs, catch it.

pub mod archive;
pub mod calendar;
pub mod reports;
