//! One meaning of "the current kata", the same for `check`, `list` and the
//! "Next" of a finished check: the kata the learner is working on stays
//! current until it is done; then the first kata of the course not done.
//! An id typed on the command line always wins.

use crate::helpers::Fixture;

/// The kata a bare `cargo kata check` ran, from its title line.
fn checked_by_a_bare_check(fixture: &Fixture) -> String {
    let run = fixture.kata(&["check"]);
    run.stdout
        .lines()
        .next()
        .and_then(|line| line.strip_prefix("kata "))
        .map(|rest| rest[..2].to_string())
        .unwrap_or_else(|| panic!("no title line\n{run}"))
}

/// The kata `list` marks with `>`.
fn marked_by_list(fixture: &Fixture) -> String {
    let run = fixture.kata(&["list"]);
    run.stdout
        .lines()
        .find_map(|line| line.strip_prefix("> "))
        .map(|rest| rest[..2].to_string())
        .unwrap_or_else(|| panic!("no kata marked\n{run}"))
}

#[test]
fn a_new_learner_starts_with_the_first_kata() {
    let fixture = Fixture::new();
    assert_eq!(marked_by_list(&fixture), "01");
    assert_eq!(checked_by_a_bare_check(&fixture), "01");
}

#[test]
fn the_kata_being_worked_on_stays_current_until_it_is_done() {
    let fixture = Fixture::new();
    // Working on 02 (its starter fails), out of order.
    fixture.kata(&["check", "02"]);
    assert_eq!(marked_by_list(&fixture), "02");
    assert_eq!(checked_by_a_bare_check(&fixture), "02");
}

#[test]
fn after_a_kata_is_done_the_first_kata_not_done_is_next() {
    let fixture = Fixture::new();
    fixture.kata(&["solve", "03", "--yes"]).assert_success();
    let done = fixture.kata(&["check", "03"]);
    done.assert_success();
    // Not "kata 04", nor a wrap-around: 01 is the first not done.
    assert!(
        done.stdout.contains("Done kata 03. Next: kata 01 · Adding"),
        "{done}"
    );
    assert_eq!(marked_by_list(&fixture), "01");
    assert_eq!(checked_by_a_bare_check(&fixture), "01");

    // Done with 01 too: 02 is the first not done, though 03 comes after 01.
    fixture.kata(&["solve", "01", "--yes"]).assert_success();
    let done = fixture.kata(&["check", "01"]);
    assert!(
        done.stdout
            .contains("Done kata 01. Next: kata 02 · Doubling"),
        "{done}"
    );
    assert_eq!(checked_by_a_bare_check(&fixture), "02");
}

#[test]
fn a_kata_changed_after_it_was_done_is_not_done_any_more() {
    let fixture = Fixture::new();
    fixture.kata(&["solve", "01", "--yes"]).assert_success();
    fixture.kata(&["check", "01"]).assert_success();
    fixture.write(
        "katas/kata-01-add/src/lib.rs",
        "pub fn add(a: i32, b: i32) -> i32 {\n    a - b\n}\n",
    );
    let list = fixture.kata(&["list"]);
    let row = list
        .stdout
        .lines()
        .find(|line| line.contains("Adding"))
        .unwrap();
    assert!(row.contains("started"), "{list}");
    // The learner had moved on to 02, which stays current.
    assert_eq!(marked_by_list(&fixture), "02");
}
