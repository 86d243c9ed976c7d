//! Mutants as patches: what verify and check say when a patch is broken,
//! changes nothing, hangs the tests, or cannot run because the baseline
//! fails or the learner changed the system; and the maintainer's commands
//! that make and re-record mutants.

use insta::assert_snapshot;

use crate::helpers::{Fixture, Run, kata_with, redact};

const MUTANT: &str = "solutions/kata-02-double/mutants/doubles-wrong.patch";

/// A patch of the fixture's `double`, with `body` in place of `n * 2`.
fn patch_with(body: &str) -> String {
    format!(
        "--- a/src/lib.rs\n+++ b/src/lib.rs\n@@ -1,3 +1,3 @@\n pub fn double(n: i32) -> i32 {{\n-    n * 2\n+    {body}\n }}\n"
    )
}

/// The lines of verify's output that say what went wrong (times left out).
fn verdict(run: &Run, fixture: &Fixture) -> String {
    let lines: Vec<&str> = run
        .stdout
        .lines()
        .filter(|line| line.contains("FAIL") || line.contains("mutant") || line.contains(" | "))
        .filter(|line| !line.starts_with("The course is sound"))
        .collect();
    // Progress lines ("Running ...") say what verify is doing, not what it found.
    let errors: Vec<&str> = run
        .stderr
        .lines()
        .filter(|line| !line.trim_start().starts_with("Running"))
        .collect();
    format!(
        "exit code {:?}\n{}\n{}",
        run.code,
        redact(&lines.join("\n"), fixture.root()),
        redact(errors.join("\n").trim_end(), fixture.root())
    )
}

#[test]
fn a_patch_that_no_longer_applies_names_the_mutant_file_and_hunk() {
    let fixture = Fixture::new();
    fixture.write(
        MUTANT,
        "--- a/src/lib.rs\n+++ b/src/lib.rs\n@@ -1,3 +1,3 @@\n pub fn double(n: i32) -> i32 {\n-    n * 3\n+    n + 1\n }\n",
    );
    let run = fixture.kata(&["dev", "verify", "02"]);
    assert_eq!(run.code, Some(1), "{run}");
    assert_snapshot!(verdict(&run, &fixture));
}

#[test]
fn a_mutant_that_changes_nothing_is_refused() {
    let fixture = Fixture::new();
    fixture.write(MUTANT, &patch_with("n * 2"));
    let run = fixture.kata(&["dev", "verify", "02"]);
    assert_eq!(run.code, Some(1), "{run}");
    assert_snapshot!(verdict(&run, &fixture));
}

#[test]
fn a_mutant_that_makes_a_test_hang_is_stopped_and_counted_as_caught() {
    let fixture = Fixture::new();
    fixture.write(MUTANT, &patch_with("loop {}"));
    let started = std::time::Instant::now();
    let run = kata_with(fixture.root(), &["dev", "verify", "02"], |command| {
        command.env("CARGO_KATA_MUTANT_TIMEOUT", "1");
    });
    run.assert_success();
    assert!(started.elapsed().as_secs() < 60, "{run}");
    assert_snapshot!(verdict(&run, &fixture));
}

#[test]
fn mutants_are_not_run_over_a_solution_whose_tests_fail() {
    let fixture = Fixture::new();
    fixture.write(
        "solutions/kata-02-double/tests/double.rs",
        "#[test]\nfn doubles() {\n    assert_eq!(kata_02::double(3), 7, \"three doubled\");\n}\n",
    );
    let run = fixture.kata(&["dev", "verify", "02"]);
    assert_eq!(run.code, Some(1), "{run}");
    assert_snapshot!(verdict(&run, &fixture));
}

#[test]
fn check_says_in_plain_words_when_the_learner_changed_the_system() {
    let fixture = Fixture::new();
    fixture.kata(&["solve", "02", "--yes"]).assert_success();
    fixture.write(
        "katas/kata-02-double/src/lib.rs",
        "pub fn double(n: i32) -> i32 {\n    n * 2 // mine now\n}\n",
    );
    let run = fixture.kata(&["check", "02"]);
    assert_eq!(run.code, Some(1), "{run}");
    assert!(
        !run.stderr.contains("hunk"),
        "no patch jargon for a learner\n{run}"
    );
    assert_snapshot!(redact(&run.stdout, fixture.root()));
}

#[test]
fn check_stops_a_learners_test_that_hangs_and_names_it() {
    let fixture = Fixture::new();
    fixture.write(
        "katas/kata-01-add/tests/add.rs",
        "#[test]\nfn waits_forever() {\n    let (_keep, wait) = std::sync::mpsc::channel::<()>();\n    let _ = wait.recv();\n}\n",
    );
    let run = kata_with(fixture.root(), &["check", "01"], |command| {
        command.env("CARGO_KATA_TEST_TIMEOUT", "1");
    });
    assert_eq!(run.code, Some(1), "{run}");
    assert_snapshot!(redact(&run.stdout, fixture.root()));
}

#[test]
fn a_mutant_is_made_in_a_scratch_copy_and_recorded_as_a_patch() {
    let fixture = Fixture::new();
    let made = fixture.kata(&["dev", "scratch", "02"]);
    made.assert_success();
    let copy = std::path::PathBuf::from(made.stdout.trim());
    let lib = copy.join("src/lib.rs");
    std::fs::write(&lib, "pub fn double(n: i32) -> i32 {\n    n - 2\n}\n").unwrap();

    let recorded = fixture.kata(&[
        "dev",
        "record",
        "02",
        "subtracts",
        "--description",
        "doubling takes two away",
    ]);
    recorded.assert_success();

    let patch = fixture.read("solutions/kata-02-double/mutants/subtracts.patch");
    assert_eq!(patch, patch_with("n - 2"));
    let manifest = fixture.read("course.toml");
    assert!(
        manifest.contains(
            "description = \"doubling adds one instead\"\n\n[[kata.mutants]]\nname = \"subtracts\"\ndescription = \"doubling takes two away\"\n\n[[kata]]\nid = \"03\""
        ),
        "the new entry ends kata 02's block:\n{manifest}"
    );
    fixture.kata(&["dev", "verify", "02"]).assert_success();
}

#[test]
fn record_refuses_a_copy_that_changes_nothing_or_changes_the_tests() {
    let fixture = Fixture::new();
    let made = fixture.kata(&["dev", "scratch", "02"]);
    let copy = std::path::PathBuf::from(made.stdout.trim());
    fixture
        .kata(&["dev", "record", "02", "nothing", "--description", "x"])
        .assert_clean_error("a mutant must change something");

    std::fs::write(copy.join("tests/double.rs"), "#[test]\nfn doubles() {}\n").unwrap();
    fixture
        .kata(&["dev", "record", "02", "weaker-tests", "--description", "x"])
        .assert_clean_error("a mutant changes the system, never its tests");
    assert!(
        !fixture
            .path("solutions/kata-02-double/mutants/weaker-tests.patch")
            .exists()
    );
}

#[test]
fn rerecord_refreshes_a_patch_after_the_code_moved_and_fails_on_one_that_no_longer_applies() {
    let fixture = Fixture::new();
    // The solution changes the system: a doc line above `double`.
    fixture.write(
        "solutions/kata-02-double/src/lib.rs",
        "/// Twice `n`.\npub fn double(n: i32) -> i32 {\n    n * 2\n}\n",
    );
    let run = fixture.kata(&["dev", "rerecord", "02"]);
    run.assert_success();
    assert!(run.stdout.contains("re-recorded  doubles-wrong"), "{run}");
    assert!(
        fixture
            .read(MUTANT)
            .starts_with("--- a/src/lib.rs\n+++ b/src/lib.rs\n@@ -1,4 +1,4 @@\n /// Twice `n`.\n"),
        "{}",
        fixture.read(MUTANT)
    );

    fixture.write(
        "solutions/kata-02-double/src/lib.rs",
        "pub fn double(n: i32) -> i32 {\n    2 * n\n}\n",
    );
    let broken = fixture.kata(&["dev", "rerecord", "02"]);
    broken.assert_clean_error("1 of 1 mutants of kata 02 no longer apply: doubles-wrong");
    assert!(
        broken.stderr.contains("src/lib.rs: hunk 1 of 1"),
        "{broken}"
    );
}

#[test]
fn two_copies_of_the_course_sharing_a_target_directory_never_run_each_others_mutants() {
    // The same kata in two copies, one with a test that catches the mutant,
    // one with a test that checks nothing; both build into one target.
    let target = tempfile::tempdir().unwrap();
    let strong = Fixture::new();
    strong.kata(&["solve", "02", "--yes"]).assert_success();
    let weak = Fixture::new();
    weak.write(
        "katas/kata-02-double/tests/double.rs",
        "#[test]\nfn doubles() {\n    let _ = kata_02::double(3);\n}\n",
    );
    let check = |fixture: &Fixture| {
        kata_with(fixture.root(), &["check", "02"], |command| {
            command.env("CARGO_TARGET_DIR", target.path());
        })
    };
    for _ in 0..2 {
        let caught = check(&strong);
        assert!(caught.stdout.contains("Caught"), "{caught}");
        let survived = check(&weak);
        assert!(survived.stdout.contains("Survived"), "{survived}");
    }
}
