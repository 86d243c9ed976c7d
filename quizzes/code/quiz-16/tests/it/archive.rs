//! The shared sales archive, which only the nightly runner has: the
//! environment variable `QUIZ_16_SALES_ARCHIVE` names its folder there.

use quiz_16::archive::{ARCHIVE_VARIABLE, SalesArchive};
use quiz_16::calendar::Date;
use quiz_16::reports::DailyReport;

fn leap_day_report() -> DailyReport {
    DailyReport {
        on: Date {
            year: 2028,
            month: 2,
            day: 29,
        },
        orders: 3,
        cents: 4250,
    }
}

fn keeps_and_finds(archive: &SalesArchive) {
    let report = leap_day_report();
    archive.keep(&report).expect("the archive takes the report");
    assert_eq!(
        archive.find(report.on).expect("the report is there"),
        report
    );
}

// ANCHOR: returns_early
#[test]
fn the_shared_archive_keeps_a_report() {
    let Some(archive) = SalesArchive::shared() else {
        return;
    };
    keeps_and_finds(&archive);
}
// ANCHOR_END: returns_early

// ANCHOR: says_why
#[test]
fn the_shared_archive_keeps_a_report_or_says_why_not() {
    let Some(archive) = SalesArchive::shared() else {
        eprintln!("skipped: {ARCHIVE_VARIABLE} is not set");
        return;
    };
    keeps_and_finds(&archive);
}
// ANCHOR_END: says_why

// ANCHOR: ignored
#[test]
#[ignore = "needs the shared sales archive: set QUIZ_16_SALES_ARCHIVE to its folder, then run the ignored tests"]
fn the_shared_archive_keeps_a_report_when_asked_to() {
    let archive = SalesArchive::shared()
        .unwrap_or_else(|| panic!("{ARCHIVE_VARIABLE} must name the shared sales archive"));
    keeps_and_finds(&archive);
}
// ANCHOR_END: ignored

// ANCHOR: own_archive
#[test]
fn an_archive_of_its_own_keeps_a_report() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    keeps_and_finds(&SalesArchive::at(folder.path()));
}
// ANCHOR_END: own_archive
