//! The day's sales report, with two copies of each test at the same time:
//! copy 1 reports Monday's sales, copy 2 Tuesday's. Each copy writes its
//! report to the path its test chooses, waits until the other copy has
//! written too, then reads its own report back and removes it. So both
//! reports exist at once, every run, as they would for two tests that
//! overlap, and whatever the two copies share shows. The tests that fail
//! that way every run are ignored; the quiz runs them. (The quiz shows each
//! test from its `fn` on, so that the attributes don't give its answer away.)

use std::fs;
use std::path::Path;
use std::sync::Barrier;
use std::thread;

use quiz_14::reports::{read_report, write_report};

#[test]
#[ignore = "quiz: both copies want the same file"]
// ANCHOR: fixed_name
fn writes_the_report_to_the_work_folder() {
    twice_at_once(|copy| {
        let path = copy.work_folder.join("sales.csv");
        copy.report_to(&path)
    });
}
// ANCHOR_END: fixed_name

#[test]
#[ignore = "quiz: both copies want the same file, and one removes the other's"]
// ANCHOR: remove_first
fn removes_an_old_report_before_writing() {
    twice_at_once(|copy| {
        let path = copy.work_folder.join("sales.csv");
        let _ = fs::remove_file(&path);
        copy.report_to(&path)
    });
}
// ANCHOR_END: remove_first

// ANCHOR: named_by_day
#[test]
fn names_the_report_after_its_day() {
    twice_at_once(|copy| {
        let path = copy.work_folder.join(format!("sales-{}.csv", copy.day));
        copy.report_to(&path)
    });
}
// ANCHOR_END: named_by_day

// ANCHOR: own_folder
#[test]
fn writes_the_report_to_a_folder_of_its_own() {
    twice_at_once(|copy| {
        let folder = tempfile::tempdir().map_err(|error| error.to_string())?;
        copy.report_to(&folder.path().join("sales.csv"))
    });
}
// ANCHOR_END: own_folder

/// One copy of a test: the day it reports, the suite's work folder, and
/// where it meets the other copy.
struct Copy<'a> {
    day: &'static str,
    work_folder: &'a Path,
    both_written: &'a Barrier,
}

// ANCHOR: report_to
impl Copy<'_> {
    /// Writes this copy's report to `path`, waits for the other copy, then
    /// reads the report back and removes it.
    fn report_to(&self, path: &Path) -> Result<(), String> {
        let sales = [("MUG", 1250), ("LAMP", 3000)];
        let written = write_report(path, self.day, &sales);
        self.both_written.wait();
        written.map_err(|error| format!("{}'s report: {error}", self.day))?;
        let read = read_report(path);
        let _ = fs::remove_file(path);
        let read = read.map_err(|error| format!("{}'s report: {error}", self.day))?;
        let first_line = read.lines().next().unwrap_or_default();
        if first_line != format!("sales of {}", self.day) {
            return Err(format!("{}'s report says {first_line:?}", self.day));
        }
        Ok(())
    }
}
// ANCHOR_END: report_to

/// Runs two copies of `test` at the same time, each on a thread of its own,
/// and fails when either copy does.
fn twice_at_once(test: fn(&Copy) -> Result<(), String>) {
    // The work folder that every test of a suite would share. Here each pair
    // of copies gets a fresh one, so that the demonstrations in this file
    // can't meet each other.
    let work_folder = tempfile::tempdir().expect("a work folder");
    let both_written = Barrier::new(2);
    let failures: Vec<String> = thread::scope(|scope| {
        let copies = ["monday", "tuesday"].map(|day| {
            let copy = Copy {
                day,
                work_folder: work_folder.path(),
                both_written: &both_written,
            };
            scope.spawn(move || test(&copy))
        });
        copies
            .into_iter()
            .filter_map(|copy| copy.join().expect("a copy panicked").err())
            .collect()
    });
    assert!(failures.is_empty(), "{failures:?}");
}
