//! Bad input gets one clear `error:` line and exit code 1, never a panic.

use std::fs;

use crate::helpers::{Fixture, kata, real_course};

#[test]
fn an_unknown_kata_number_names_the_range_and_the_nearest() {
    let run = kata(&real_course(), &["check", "99"]);
    run.assert_clean_error("there is no kata \"99\": the katas are 01 to");
    assert!(run.stderr.contains("did you mean"), "{run}");
}

#[test]
fn a_word_that_is_no_kata_is_refused_by_every_command() {
    for command in [
        &["hint"][..],
        &["reset"],
        &["solve"],
        &["check"],
        &["watch"],
        &["dev", "verify"],
        &["dev", "scratch"],
        &["dev", "rerecord"],
    ] {
        let mut args = command.to_vec();
        args.push("banana");
        kata(&real_course(), &args).assert_clean_error("there is no kata \"banana\"");
    }
}

#[test]
fn outside_a_course_the_runner_says_where_it_looked() {
    let empty = tempfile::tempdir().unwrap();
    kata(empty.path(), &["list"]).assert_clean_error("no course.toml in");
}

#[test]
fn a_damaged_manifest_is_named() {
    let fixture = Fixture::new();
    fixture.write("course.toml", "[[kata]]\nid = \"01\"\n");
    fixture
        .kata(&["list"])
        .assert_clean_error("course.toml is not a valid course manifest");
}

#[test]
fn solve_without_a_terminal_asks_for_yes_and_changes_nothing() {
    let fixture = Fixture::new();
    let before = fixture.read("katas/kata-01-add/src/lib.rs");
    fixture
        .kata(&["solve", "01"])
        .assert_clean_error("add --yes");
    assert_eq!(fixture.read("katas/kata-01-add/src/lib.rs"), before);
    assert!(fixture.backups("kata-01-add").is_empty());
}

#[test]
fn a_damaged_progress_file_is_set_aside_and_started_afresh() {
    let fixture = Fixture::new();
    fixture.write(".kata/progress.toml", "this is [not toml");

    let run = fixture.kata(&["hint", "01"]);

    run.assert_success();
    assert!(run.stdout.contains("hint 1 of 3"), "{run}");
    assert!(run.stderr.contains("was damaged"), "{run}");
    assert_eq!(
        fixture.read(".kata/progress.toml.damaged"),
        "this is [not toml"
    );
}

#[test]
fn a_progress_file_that_cannot_be_read_is_an_error_and_is_not_replaced() {
    let fixture = Fixture::new();
    // Something that is there and cannot be read as a file, whoever runs the
    // test (permissions would not stop root): a folder in its place.
    fixture.write(".kata/progress.toml/kept", "the learner's");

    let run = fixture.kata(&["hint", "01"]);

    run.assert_clean_error("cannot read your progress in");
    assert!(!run.stdout.contains("hint 1"), "{run}");
    assert_eq!(fixture.read(".kata/progress.toml/kept"), "the learner's");
}

#[test]
fn hints_come_one_level_at_a_time_and_stop_at_the_last() {
    let fixture = Fixture::new();
    let shown: Vec<String> = (0..4)
        .map(|_| fixture.kata(&["hint", "1"]).stdout)
        .collect();
    assert!(
        shown[0].contains("first hint") && !shown[0].contains("second hint"),
        "{}",
        shown[0]
    );
    assert!(
        shown[1].contains("second hint") && !shown[1].contains("last hint"),
        "{}",
        shown[1]
    );
    assert!(
        shown[2].contains("last hint") && shown[2].contains("that was the last hint"),
        "{}",
        shown[2]
    );
    assert_eq!(shown[3], shown[2]);
}

#[test]
fn a_kata_that_does_not_compile_is_reported_as_such() {
    let fixture = Fixture::new();
    fixture.write(
        "katas/kata-01-add/src/lib.rs",
        "pub fn add(a: i32, b: i32) -> i32 { a + }\n",
    );

    let run = fixture.kata(&["check", "01"]);

    assert_eq!(run.code, Some(1), "{run}");
    assert!(run.stdout.contains("does not compile yet"), "{run}");
    assert!(!run.stderr.contains("panicked"), "{run}");
}

#[test]
fn a_deleted_test_file_is_noticed() {
    let fixture = Fixture::new();
    fs::remove_file(fixture.path("katas/kata-01-add/tests/add.rs")).unwrap();

    let run = fixture.kata(&["check", "01"]);

    assert_eq!(run.code, Some(1), "{run}");
    assert!(run.stdout.contains("No tests ran"), "{run}");
    assert!(run.stdout.contains("cargo kata reset 01"), "{run}");
}

#[test]
fn a_workspace_cargo_cannot_read_is_an_error_that_says_the_way_back() {
    let fixture = Fixture::new();
    fixture.write("katas/kata-01-add/Cargo.toml", "[package\nbroken");

    let run = fixture.kata(&["check", "01"]);

    run.assert_clean_error("cargo cannot read the course's workspace");
    assert!(run.stderr.contains(".kata/bin/kata reset NN"), "{run}");
}
