//! The sales reports' tests, one test binary, as the course's CI would run
//! them: the fast job runs `cargo test -p quiz-16` on every push; the nightly
//! job runs `cargo test -p quiz-16 -- --include-ignored` on a runner where
//! `QUIZ_16_SALES_ARCHIVE` names the shared archive.
//!
//! - `calendar`: fast tests of the days of a month;
//! - `year`: the nightly job's replay of a whole year (ignored);
//! - `archive`: the shared sales archive, which only the nightly runner has;
//! - `timing`: the export of a month, on a storage as slow as a busy runner's.

mod archive;
mod calendar;
mod timing;
mod year;
