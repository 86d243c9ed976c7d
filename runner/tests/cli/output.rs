//! What the learner reads, kept as insta snapshots (`tests/cli/snapshots/`).
//! Review a change with `cargo insta review`, or by reading the `.snap.new`
//! file next to the old one. Temporary paths and times are redacted.

use std::fs;

use insta::assert_snapshot;

use crate::helpers::{Fixture, kata_with, redact};

#[test]
fn list_shows_status_kind_time_and_chapter() {
    let fixture = Fixture::new();
    let run = fixture.kata(&["list"]);
    run.assert_success();
    assert_snapshot!(redact(&run.stdout, fixture.root()));
}

#[test]
fn check_names_each_failing_test_and_the_first_line_of_why() {
    let fixture = Fixture::new();
    let run = fixture.kata(&["check", "01"]);
    assert_eq!(run.code, Some(1), "{run}");
    assert_snapshot!(redact(&run.stdout, fixture.root()));
}

#[test]
fn check_reports_every_mutant_caught_and_the_next_kata() {
    let fixture = Fixture::new();
    fixture.kata(&["solve", "02", "--yes"]).assert_success();
    let run = fixture.kata(&["check", "02"]);
    run.assert_success();
    assert_snapshot!(redact(&run.stdout, fixture.root()));
}

#[test]
fn check_says_which_broken_version_survives_without_showing_its_code() {
    let fixture = Fixture::new();
    // A test that runs the code but checks nothing: it passes on every version.
    fixture.write(
        "katas/kata-02-double/tests/double.rs",
        "#[test]\nfn doubles() {\n    let _ = kata_02::double(3);\n}\n",
    );
    let run = fixture.kata(&["check", "02"]);
    assert_eq!(run.code, Some(1), "{run}");
    assert!(
        !run.stdout.contains("n + 1"),
        "the mutant's code must stay hidden\n{run}"
    );
    assert_snapshot!(redact(&run.stdout, fixture.root()));
}

#[test]
fn hints_read_as_numbered_levels() {
    let fixture = Fixture::new();
    fixture.kata(&["hint", "01"]).assert_success();
    let run = fixture.kata(&["hint", "01"]);
    run.assert_success();
    assert_snapshot!(redact(&run.stdout, fixture.root()));
}

#[test]
fn reset_says_where_the_learners_files_went() {
    let fixture = Fixture::new();
    fixture.write("katas/kata-01-add/src/lib.rs", "// my attempt\n");
    let run = fixture.kata(&["reset", "01"]);
    run.assert_success();
    assert_snapshot!(redact(&run.stdout, fixture.root()));
}

#[test]
fn errors_are_one_line_with_what_to_do() {
    let fixture = Fixture::new();
    let runs = [
        ["check", "99"],
        ["hint", "banana"],
        ["reset", "big-bnag"],
        ["solve", "1"],
    ];
    let all: Vec<String> = runs
        .iter()
        .map(|args| {
            format!(
                "$ cargo kata {}\n{}",
                args.join(" "),
                redact(&fixture.kata(args).stderr, fixture.root())
            )
        })
        .collect();
    assert_snapshot!(all.join("\n"));
}

#[test]
fn colour_is_used_only_when_asked_for_or_on_a_terminal() {
    let fixture = Fixture::new();
    let plain = fixture.kata(&["list"]);
    assert!(
        !plain.stdout.contains('\u{1b}'),
        "no colour codes in a pipe\n{plain}"
    );
    let forced = kata_with(fixture.root(), &["list"], |command| {
        command.env_remove("NO_COLOR").env("CLICOLOR_FORCE", "1");
    });
    assert!(
        forced.stdout.contains("\u{1b}["),
        "CLICOLOR_FORCE=1 turns colour on\n{forced}"
    );
}

#[test]
fn a_lost_progress_file_is_rebuilt_from_a_fresh_check() {
    let fixture = Fixture::new();
    fixture.kata(&["solve", "01", "--yes"]).assert_success();
    fixture.kata(&["check", "01"]).assert_success();
    fs::remove_file(fixture.path(".kata/progress.toml")).unwrap();

    let run = fixture.kata(&["list"]);

    run.assert_success();
    assert!(run.stderr.contains("Rebuilding your progress"), "{run}");
    assert!(
        run.stdout.contains("01   done"),
        "kata 01 passed, so it shows as done again\n{run}"
    );
}

#[test]
fn help_names_the_command_as_it_is_typed_and_says_what_an_id_is() {
    let fixture = Fixture::new();
    let top = fixture.kata(&["--help"]);
    top.assert_success();
    assert!(top.stdout.contains("Usage: cargo kata [COMMAND]"), "{top}");
    let check = fixture.kata(&["check", "--help"]);
    assert!(
        check.stdout.contains("Usage: cargo kata check [ID]"),
        "{check}"
    );
    assert!(
        check.stdout.contains(
            "A kata id such as 03 (or 3, kata-03, the folder name); the current kata when left out"
        ),
        "{check}"
    );
}

#[test]
fn every_run_keeps_a_copy_of_the_runner_that_works_without_cargo() {
    let fixture = Fixture::new();
    fixture.kata(&["list"]).assert_success();
    let copy = fixture.path(&format!(".kata/bin/kata{}", std::env::consts::EXE_SUFFIX));
    // The copy runs on its own: the way back when a broken Cargo.toml stops cargo.
    fixture.write("katas/kata-01-add/Cargo.toml", "[package\nbroken");
    let run = std::process::Command::new(&copy)
        .args(["reset", "01"])
        .current_dir(fixture.root())
        .output()
        .expect("the copy runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(
        fixture
            .read("katas/kata-01-add/Cargo.toml")
            .contains("name = \"kata-01\"")
    );
}

#[test]
fn hint_without_an_id_is_for_the_current_kata() {
    let fixture = Fixture::new();
    // Working on 02: it is the current kata.
    fixture.kata(&["check", "02"]);
    let run = fixture.kata(&["hint"]);
    run.assert_success();
    assert_snapshot!(redact(&run.stdout, fixture.root()));
}

#[test]
fn hint_all_shows_every_level_seen_so_far() {
    let fixture = Fixture::new();
    let none_yet = fixture.kata(&["hint", "01", "--all"]);
    none_yet.assert_success();
    fixture.kata(&["hint", "01"]).assert_success();
    fixture.kata(&["hint", "01"]).assert_success();
    let run = fixture.kata(&["hint", "01", "--all"]);
    run.assert_success();
    assert_snapshot!(format!(
        "$ cargo kata hint 01 --all  (before any hint)\n{}\n$ cargo kata hint 01 --all  (after two)\n{}",
        redact(&none_yet.stdout, fixture.root()),
        redact(&run.stdout, fixture.root())
    ));
}

#[test]
fn next_goes_round_to_the_start_of_the_course_past_the_katas_done() {
    let fixture = Fixture::new();
    for id in ["02", "03"] {
        fixture.kata(&["solve", id, "--yes"]).assert_success();
    }
    fixture.kata(&["check", "02"]).assert_success();
    // After 03, the last kata: round to 01, the first one not done.
    let run = fixture.kata(&["check", "03"]);
    run.assert_success();
    assert_snapshot!(redact(&run.stdout, fixture.root()));
}

#[test]
fn check_says_what_its_test_count_counts_when_src_has_unit_tests_too() {
    let fixture = Fixture::new();
    fixture.kata(&["solve", "03", "--yes"]).assert_success();
    fixture.write(
        "katas/kata-03-triple/Cargo.toml",
        "[package]\nname = \"kata-03\"\nversion = \"0.1.0\"\nedition.workspace = true\n\n[lib]\ndoctest = false\n",
    );
    fixture.write(
        "katas/kata-03-triple/src/lib.rs",
        "pub fn triple(n: i32) -> i32 {\n    n * 3\n}\n\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn zero() {\n        assert_eq!(super::triple(0), 0);\n    }\n\n    #[test]\n    fn one() {\n        assert_eq!(super::triple(1), 4, \"one tripled\");\n    }\n}\n",
    );
    let failing = fixture.kata(&["check", "03"]);
    assert!(
        failing
            .stdout
            .contains("Failed 1 of 3 tests (1 in tests/, 2 in src/):"),
        "{failing}"
    );
    fixture.write(
        "katas/kata-03-triple/src/lib.rs",
        &fixture
            .read("katas/kata-03-triple/src/lib.rs")
            .replace("triple(1), 4", "triple(1), 3"),
    );
    let passing = fixture.kata(&["check", "03"]);
    assert!(
        passing
            .stdout
            .contains("Passed all 3 tests (1 in tests/, 2 in src/)"),
        "{passing}"
    );
}
