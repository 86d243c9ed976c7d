//! `doctor` and `prepare`, the instructor's commands, on the fixture course.

use crate::helpers::Fixture;

/// Every check has its line, whatever this machine has installed.
#[test]
fn doctor_gives_one_line_per_check_and_an_exit_status_to_match() {
    let fixture = Fixture::new();
    let run = fixture.kata(&["doctor"]);

    for check in [
        "Rust ",
        "mdbook",
        "dependenc",
        "katas build",
        "free for builds",
    ] {
        assert!(run.stdout.contains(check), "no line about {check:?}\n{run}");
    }
    let failed = run
        .stdout
        .lines()
        .filter(|line| line.trim_start().starts_with("FAIL"))
        .count();
    let ready = run.stdout.contains("Ready");
    assert_eq!(run.code, Some(if failed == 0 { 0 } else { 1 }), "{run}");
    assert_eq!(ready, failed == 0, "{run}");
}

#[test]
fn doctor_fails_on_a_kata_that_does_not_build_and_says_how_to_fix_it() {
    let fixture = Fixture::new();
    fixture.write(
        "katas/kata-01-add/src/lib.rs",
        "pub fn add(a: i32, b: i32) -> i32 { a + }\n",
    );

    let run = fixture.kata(&["doctor"]);

    assert_eq!(run.code, Some(1), "{run}");
    assert!(run.stdout.contains("FAIL kata 01 does not build"), "{run}");
    assert!(run.stdout.contains("cargo kata reset 01"), "{run}");
    assert!(run.stdout.contains("Not ready"), "{run}");
}

#[test]
fn prepare_builds_everything_and_says_what_it_cost() {
    let fixture = Fixture::new();

    let run = fixture.kata(&["prepare", "--no-mdbook"]);

    run.assert_success();
    assert!(run.stdout.contains("Prepared in"), "{run}");
    assert!(run.stdout.contains("more disk"), "{run}");
    // Everything is built: an offline build has nothing left to fetch.
    let offline = std::process::Command::new(env!("CARGO"))
        .args(["test", "--workspace", "--no-run", "--offline"])
        .current_dir(fixture.root())
        .env_remove("CARGO_TARGET_DIR")
        .output()
        .unwrap();
    assert!(
        offline.status.success(),
        "{}",
        String::from_utf8_lossy(&offline.stderr)
    );
}
