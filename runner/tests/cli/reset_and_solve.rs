//! `reset` and `solve` replace a kata, and always keep the learner's files.

use std::fs;

use insta::assert_snapshot;

use crate::helpers::{Fixture, redact};

const LIB: &str = "katas/kata-01-add/src/lib.rs";
const MY_WORK: &str = "pub fn add(a: i32, b: i32) -> i32 {\n    a - b // my attempt\n}\n";

#[test]
fn solve_applies_the_solution_and_backs_up_the_learners_work() {
    let fixture = Fixture::new();
    fixture.write(LIB, MY_WORK);

    let run = fixture.kata(&["solve", "01", "--yes"]);

    run.assert_success();
    assert_eq!(
        fixture.read(LIB),
        fixture.read("solutions/kata-01-add/src/lib.rs")
    );
    let backups = fixture.backups("kata-01-add");
    assert_eq!(backups.len(), 1, "{run}");
    assert_eq!(
        fs::read_to_string(backups[0].join("src/lib.rs")).unwrap(),
        MY_WORK
    );
    assert!(
        fixture
            .kata(&["check", "01"])
            .stdout
            .contains("Done kata 01")
    );
}

#[test]
fn reset_brings_the_starter_back_and_keeps_every_earlier_backup() {
    let fixture = Fixture::new();
    let starter = fixture.read(LIB);
    fixture.write(LIB, MY_WORK);
    fixture.write(
        "katas/kata-01-add/tests/mine.rs",
        "// a file the learner added\n",
    );

    fixture.kata(&["reset", "01"]).assert_success();
    assert_eq!(fixture.read(LIB), starter);
    assert!(!fixture.path("katas/kata-01-add/tests/mine.rs").exists());

    fixture.write(LIB, "// second attempt\n");
    fixture.kata(&["reset", "1"]).assert_success();

    let backups = fixture.backups("kata-01-add");
    assert_eq!(backups.len(), 2, "each reset keeps its own backup");
    assert_eq!(
        fs::read_to_string(backups[0].join("src/lib.rs")).unwrap(),
        MY_WORK
    );
    assert!(backups[0].join("tests/mine.rs").exists());
    assert_eq!(
        fs::read_to_string(backups[1].join("src/lib.rs")).unwrap(),
        "// second attempt\n"
    );
}

#[test]
fn reset_of_an_untouched_kata_changes_nothing() {
    let fixture = Fixture::new();
    let run = fixture.kata(&["reset", "01"]);
    run.assert_success();
    assert!(run.stdout.contains("already at its starter"), "{run}");
    assert!(fixture.backups("kata-01-add").is_empty());
}

#[test]
fn reset_restores_a_kata_folder_the_learner_deleted() {
    let fixture = Fixture::new();
    fs::remove_dir_all(fixture.path("katas/kata-01-add")).unwrap();
    fixture.kata(&["reset", "01"]).assert_success();
    assert!(fixture.path(LIB).exists());
}

#[test]
fn a_backup_that_cannot_be_written_leaves_the_kata_untouched() {
    let fixture = Fixture::new();
    fixture.write(LIB, MY_WORK);
    // A file where the backup folder should be: no backup can be made there,
    // whoever runs the test (permissions would not stop root).
    fixture.write(".kata/backups/kata-01-add", "in the way");

    fixture
        .kata(&["reset", "01"])
        .assert_clean_error("your kata was not changed");
    fixture
        .kata(&["solve", "01", "--yes"])
        .assert_clean_error("your kata was not changed");

    assert_eq!(fixture.read(LIB), MY_WORK);
}

#[test]
fn reset_then_restore_gives_back_the_learners_files() {
    let fixture = Fixture::new();
    fixture.write(LIB, MY_WORK);
    fixture.write(
        "katas/kata-01-add/tests/mine.rs",
        "// a file the learner added\n",
    );
    let reset = fixture.kata(&["reset", "01"]);
    reset.assert_success();
    // Some work on the starter after the reset: kept too.
    fixture.write(LIB, "// after the reset\n");

    let restore = fixture.kata(&["restore", "01"]);

    restore.assert_success();
    assert_eq!(fixture.read(LIB), MY_WORK);
    assert_eq!(
        fixture.read("katas/kata-01-add/tests/mine.rs"),
        "// a file the learner added\n"
    );
    let backups = fixture.backups("kata-01-add");
    assert_eq!(backups.len(), 2, "the work done after the reset is kept");
    assert_eq!(
        fs::read_to_string(backups[1].join("src/lib.rs")).unwrap(),
        "// after the reset\n"
    );
    let list = fixture.kata(&["restore", "01", "--list"]);
    list.assert_success();
    assert_snapshot!(format!(
        "$ cargo kata reset 01\n{}\n$ cargo kata restore 01\n{}\n$ cargo kata restore 01 --list\n{}",
        redact(&reset.stdout, fixture.root()),
        redact(&restore.stdout, fixture.root()),
        redact(&list.stdout, fixture.root())
    ));
}

#[test]
fn restore_names_an_older_backup_and_refuses_one_that_is_not_there() {
    let fixture = Fixture::new();
    fixture.write(LIB, MY_WORK);
    fixture.kata(&["reset", "01"]).assert_success();
    let first = fixture.backups("kata-01-add")[0].clone();
    let name = first.file_name().unwrap().to_str().unwrap().to_string();

    fixture.kata(&["restore", "01", &name]).assert_success();
    assert_eq!(fixture.read(LIB), MY_WORK);

    fixture
        .kata(&["restore", "01", "1999-01-01T00-00-00Z"])
        .assert_clean_error("kata 01 has no backup \"1999-01-01T00-00-00Z\"");
}

#[test]
fn restore_of_a_kata_with_no_backup_is_a_clear_error() {
    let fixture = Fixture::new();
    let run = fixture.kata(&["restore", "02"]);
    run.assert_clean_error("kata 02 has no backup to restore");
    assert_snapshot!(redact(&run.stderr, fixture.root()));
}
