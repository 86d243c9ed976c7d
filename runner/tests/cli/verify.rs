//! `verify` passes on a sound course and fails, naming the kata and the
//! check, on a broken one. The last test is the course's own self-check.

use crate::helpers::{Fixture, kata_with};

#[test]
fn a_sound_course_verifies() {
    let fixture = Fixture::new();
    let run = fixture.kata(&["dev", "verify"]);
    run.assert_success();
    assert!(
        run.stdout
            .contains("mutant `doubles-wrong` (doubling adds one instead): caught"),
        "{run}"
    );
}

#[test]
fn a_second_verify_proves_again_only_what_changed() {
    let fixture = Fixture::new();
    fixture.kata(&["dev", "verify"]).assert_success();

    // Nothing changed: every proof comes from the first run, and says so.
    let again = fixture.kata(&["dev", "verify"]);
    again.assert_success();
    for expected in [
        "not built or run again: quizzes, kata 01, kata 02, kata 03",
        "time per kata (compiling, which runs two at a time, and tests): 01 unchanged · 02 unchanged",
        "unchanged since a verify that proved it: not built or run again",
        "mutant `doubles-wrong` (doubling adds one instead): caught",
        "3 of 4 quiz questions have answer keys proven by running code (3 of their keys checked)",
    ] {
        assert!(again.stdout.contains(expected), "no {expected:?}\n{again}");
    }

    // A changed solution is proved again, and its failure is not hidden
    // by the proof of the version before; nor is a failed proof kept.
    let solution = fixture.read("solutions/kata-01-add/src/lib.rs");
    fixture.write(
        "solutions/kata-01-add/src/lib.rs",
        "pub fn add(a: i32, b: i32) -> i32 {\n    a * b\n}\n",
    );
    let broken = fixture.kata(&["dev", "verify"]);
    broken.assert_clean_error("kata 01: solution tests fail: adds");
    assert!(
        broken
            .stdout
            .contains("not built or run again: quizzes, kata 02, kata 03"),
        "{broken}"
    );
    fixture
        .kata(&["dev", "verify", "01"])
        .assert_clean_error("kata 01: solution tests fail: adds");

    // Put back, the files are those of the first proof, which still holds;
    // --fresh proves everything.
    fixture.write("solutions/kata-01-add/src/lib.rs", &solution);
    let fixed = fixture.kata(&["dev", "verify"]);
    fixed.assert_success();
    assert!(
        fixed
            .stdout
            .contains("not built or run again: quizzes, kata 01, kata 02, kata 03"),
        "{fixed}"
    );
    let fresh = fixture.kata(&["dev", "verify", "02", "--fresh"]);
    fresh.assert_success();
    assert!(!fresh.stdout.contains("not built or run again"), "{fresh}");

    // A quiz's recorded output that no longer matches is proved again, and
    // fails, while the katas' proofs still hold.
    let output = fixture.read("quizzes/outputs/02-read-the-failure.txt");
    fixture.write(
        "quizzes/outputs/02-read-the-failure.txt",
        &output.replace("left: -2", "left: -3"),
    );
    fixture.kata(&["dev", "quizzes"]).assert_success();
    let stale = fixture.kata(&["dev", "verify"]);
    stale.assert_clean_error("quiz 02: 02/read-the-failure");
    assert!(
        stale
            .stdout
            .contains("not built or run again: kata 01, kata 02, kata 03"),
        "{stale}"
    );
    fixture.write("quizzes/outputs/02-read-the-failure.txt", &output);
    fixture.kata(&["dev", "quizzes"]).assert_success();

    // A change to what every build shares (here course.toml) proves everything.
    let course = fixture.read("course.toml");
    fixture.write("course.toml", &format!("{course}\n# touched\n"));
    let shared = fixture.kata(&["dev", "verify"]);
    shared.assert_success();
    assert!(
        !shared.stdout.contains("not built or run again"),
        "{shared}"
    );
}

#[test]
fn a_broken_solution_fails_verify() {
    let fixture = Fixture::new();
    fixture.write(
        "solutions/kata-01-add/src/lib.rs",
        "pub fn add(a: i32, b: i32) -> i32 {\n    a * b\n}\n",
    );

    let run = fixture.kata(&["dev", "verify", "01"]);

    run.assert_clean_error("kata 01: solution tests fail: adds");
    assert!(
        run.stdout.contains("two and three make five"),
        "the failure's message is shown\n{run}"
    );
}

#[test]
fn a_mutant_the_tests_miss_fails_verify() {
    let fixture = Fixture::new();
    // Behaves exactly like the real one, so no test can catch it.
    fixture.write(
        "solutions/kata-02-double/mutants/doubles-wrong.patch",
        "--- a/src/lib.rs\n+++ b/src/lib.rs\n@@ -1,3 +1,3 @@\n pub fn double(n: i32) -> i32 {\n-    n * 2\n+    n + n\n }\n",
    );

    let run = fixture.kata(&["dev", "verify", "02"]);

    run.assert_clean_error("mutant `doubles-wrong` (doubling adds one instead): survived");
}

#[test]
fn a_learners_edits_are_verified_around_but_fail_strict_mode() {
    let fixture = Fixture::new();
    fixture.kata(&["solve", "01", "--yes"]).assert_success();

    let run = fixture.kata(&["dev", "verify", "01"]);
    run.assert_success();
    assert!(
        run.stdout
            .contains("note  katas/kata-01-add differs from its recorded starter"),
        "{run}"
    );

    let strict = kata_with(fixture.root(), &["dev", "verify", "01"], |command| {
        command.env("CI", "true");
    });
    strict.assert_clean_error("differs from its recorded starter");
}

#[test]
fn a_chapter_missing_from_the_summary_fails_verify() {
    let fixture = Fixture::new();
    fixture.write(
        "book/SUMMARY.md",
        "# Summary\n\n- [Adding](01-add.md)\n- [Doubling]()\n",
    );
    fixture.write(
        "book/01-add.md",
        "# Adding\n`cargo test -p kata-01`\n{{#include ../katas/kata-01-add/src/lib.rs:nope}}\n",
    );

    let run = fixture.kata(&["dev", "verify", "01"]);

    run.assert_clean_error("book: chapters are missing or incomplete");
    assert!(
        run.stdout
            .contains("does not link its chapter 02-double.md"),
        "{run}"
    );
    assert!(run.stdout.contains("has no `ANCHOR: nope`"), "{run}");
}

#[test]
fn the_agendas_follow_the_katas_minutes_and_must_fit_their_length() {
    let fixture = Fixture::new();
    fixture.kata(&["dev", "verify", "01"]).assert_success();

    // A kata's estimate grows: the guide's tables are stale, and too long.
    let manifest = fixture.read("course.toml");
    fixture.write(
        "course.toml",
        &manifest.replacen("minutes = 5", "minutes = 15", 1),
    );
    let stale = fixture.kata(&["dev", "verify", "01"]);
    stale.assert_clean_error("book: the agendas do not add up");
    assert!(
        stale.stdout.contains("run `cargo kata dev agendas`"),
        "{stale}"
    );

    let rewritten = fixture.kata(&["dev", "agendas"]);
    rewritten.assert_success();
    assert!(
        fixture
            .read("book/instructor-guide.md")
            .contains("| 9:10 | Chapter 1, Adding: teach 10, kata 01 (15 min), debrief 5 | 30 |"),
        "{}",
        fixture.read("book/instructor-guide.md")
    );
    let too_long = fixture.kata(&["dev", "verify", "01"]);
    too_long.assert_clean_error("book: the agendas do not add up");
    assert!(
        too_long
            .stdout
            .contains("agenda short takes 1 h 20 min but claims 1 h 10 min"),
        "{too_long}"
    );
}

#[test]
fn the_books_instructor_layer_and_debriefs_are_checked() {
    let fixture = Fixture::new();
    // Notes without their ten-minute version, still listing where people get stuck.
    let chapter = fixture.read("book/01-add.md").replace(
        "- **Ten-minute version:** show the function and ask what the kata checks.\n",
        "- **Where people get stuck:** the sign.\n",
    );
    fixture.write("book/01-add.md", &chapter);
    // A debrief that does not say when to read it, and one that is gone.
    fixture.write(
        "book/debriefs/kata-02-double.md",
        "# Kata 02 debrief: Doubling\n\nWhat the kata hid.\n",
    );
    std::fs::remove_file(fixture.path("book/debriefs/kata-03-triple.md")).unwrap();
    // The guide no longer includes chapter 3's list.
    let guide = fixture
        .read("book/instructor-guide.md")
        .replace("{{#include instructor/stuck/03.md}}\n", "");
    fixture.write("book/instructor-guide.md", &guide);

    let run = fixture.kata(&["dev", "verify", "01"]);

    run.assert_clean_error("book: chapters are missing or incomplete");
    for problem in [
        "kata 01: book/01-add.md: its speaker notes give no `**Ten-minute version:**` item",
        "kata 02: book/debriefs/kata-02-double.md must open, after its title, with the line `*Read this once `cargo kata check 02` says Done.*`",
        "kata 03: its debrief book/debriefs/kata-03-triple.md is missing",
        "kata 03: book/instructor-guide.md does not include instructor/stuck/03.md",
    ] {
        assert!(run.stdout.contains(problem), "no {problem:?}\n{run}");
    }

    // With the ten-minute version back, the old list is still refused.
    fixture.write(
        "book/01-add.md",
        &chapter.replace(
            "- **Where people get stuck:** the sign.\n",
            "- **Ten-minute version:** x\n- **Where people get stuck:** the sign.\n",
        ),
    );
    let run = fixture.kata(&["dev", "verify", "01"]);
    assert!(
        run.stdout.contains(
            "kata 01: book/01-add.md: its speaker notes still say \"where people get stuck\""
        ),
        "{run}"
    );
}
