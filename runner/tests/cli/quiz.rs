//! The quizzes: `cargo kata quiz` through a pipe (insta snapshots of what
//! it prints, on chapter 9's real quiz), what `list` shows of the answers,
//! and `verify` and `cargo kata dev quizzes` on the fixture's quiz (which
//! proves a key each way: fails, shows an output, runs of its own).

use std::path::{Path, PathBuf};

use insta::assert_snapshot;
use tempfile::TempDir;

use crate::helpers::{Fixture, kata_with_input, real_course, redact};

/// The real course's manifest with only chapter 9's quiz and its crate, in
/// a temporary folder: the learner's state lands there, never in the
/// course, and the other chapters have no quiz whatever arrives later.
fn chapter_nine() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    let real = real_course();
    std::fs::copy(real.join("course.toml"), dir.path().join("course.toml")).unwrap();
    let quizzes = dir.path().join("quizzes");
    std::fs::create_dir_all(quizzes.join("outputs")).unwrap();
    std::fs::copy(real.join("quizzes/09.toml"), quizzes.join("09.toml")).unwrap();
    copy_dir(
        &real.join("quizzes/code/quiz-09"),
        &quizzes.join("code/quiz-09"),
    );
    for entry in std::fs::read_dir(real.join("quizzes/outputs")).unwrap() {
        let entry = entry.unwrap();
        if entry.file_name().to_string_lossy().starts_with("09-") {
            std::fs::copy(
                entry.path(),
                quizzes.join("outputs").join(entry.file_name()),
            )
            .unwrap();
        }
    }
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target: PathBuf = to.join(entry.file_name());
        if entry.path().is_dir() {
            if entry.file_name() != "target" {
                copy_dir(&entry.path(), &target);
            }
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn quiz_09_through_a_pipe_a_right_answer() {
    let course = chapter_nine();
    let run = kata_with_input(course.path(), &["quiz", "09"], "1\n");
    run.assert_success();
    assert!(run.stderr.is_empty(), "{run}");
    assert_snapshot!(redact(&run.stdout, course.path()));
}

#[test]
fn quiz_09_through_a_pipe_a_wrong_answer_then_a_right_one() {
    let course = chapter_nine();
    let run = kata_with_input(course.path(), &["quiz", "9"], "2\n1\n");
    run.assert_success();
    assert_snapshot!(redact(&run.stdout, course.path()));
    let progress = std::fs::read_to_string(course.path().join(".kata/progress.toml")).unwrap();
    assert!(
        progress.contains(
            "[quiz.09.harmless-reordering]\nfirst_answer = [\"mail-after-save\"]\nright_first_time = false"
        ),
        "only the first answer is remembered:\n{progress}"
    );
}

#[test]
fn quiz_bad_input_is_one_clear_line_and_a_non_zero_exit() {
    let course = chapter_nine();
    let unknown = kata_with_input(course.path(), &["quiz", "42"], "");
    unknown.assert_clean_error("there is no chapter \"42\"");
    let no_quiz = kata_with_input(course.path(), &["quiz", "10"], "");
    no_quiz.assert_clean_error("has no quiz yet");
    let not_a_choice = kata_with_input(course.path(), &["quiz", "09"], "the first one\n");
    not_a_choice.assert_clean_error("is not a choice");
    let too_many = kata_with_input(course.path(), &["quiz", "09"], "1 2\n");
    too_many.assert_clean_error("picks more than one choice");
    let stderr = [unknown, no_quiz, not_a_choice, too_many]
        .iter()
        .map(|run| redact(&run.stderr, course.path()))
        .collect::<Vec<_>>()
        .join("");
    assert_snapshot!(stderr);
}

#[test]
fn list_shows_per_chapter_how_many_were_right_the_first_time() {
    let fixture = Fixture::new();
    // Question 1 wrong then right, question 2 right at once, then the
    // input ends: 1 of the 2 answered is right the first time.
    let run = kata_with_input(fixture.root(), &["quiz", "02"], "1\n2\n1\n");
    run.assert_success();
    assert!(
        run.stdout
            .contains("The quiz stops here: 2 of 4 questions answered, 1 right at the first try."),
        "{run}"
    );
    // Without a number, the quiz is the current kata's chapter's (kata 01:
    // a chapter with no quiz).
    let current = kata_with_input(fixture.root(), &["quiz"], "");
    current.assert_clean_error("chapter 01 (Adding) has no quiz yet; the chapters with one are 02");

    let list = fixture.kata(&["list"]);
    list.assert_success();
    assert_snapshot!(redact(&list.stdout, fixture.root()));
}

#[test]
fn a_flipped_key_and_an_output_no_longer_shown_fail_verify_naming_the_question() {
    let fixture = Fixture::new();
    let quiz = fixture.read("quizzes/02.toml");
    // `halves_four` passes against `subtracts-two`: calling it right is wrong.
    fixture.write(
        "quizzes/02.toml",
        &quiz.replacen("correct = false", "correct = true", 1),
    );
    let output = fixture.read("quizzes/outputs/02-read-the-failure.txt");
    fixture.write(
        "quizzes/outputs/02-read-the-failure.txt",
        &output.replace("left: -2", "left: -3"),
    );
    fixture.kata(&["dev", "quizzes"]).assert_success();

    let run = fixture.kata(&["dev", "verify", "02"]);

    run.assert_clean_error("quiz 02: 02/which-catch, choice `four`");
    for expected in [
        "FAIL  02/which-catch, choice `four`: its run passed, but the key says it is right, which means it fails",
        "FAIL  02/read-the-failure, choice `minus-two`: its run failed (halves_zero: assertion `left == right` failed) \
         without the output the question shows (line 5 of quizzes/outputs/02-read-the-failure.txt, `  left: -3`, \
         is not in what it printed), but the key says it is right, which means it fails with the output the question shows",
        "ok    02/runs-of-their-own: the key holds (3 runs on the real code and against `subtracts-one`, whose runs pass on the real code)",
    ] {
        assert!(run.stdout.contains(expected), "no {expected:?}\n{run}");
    }
}

#[test]
fn a_sound_quiz_is_proven_and_its_timing_shown() {
    let fixture = Fixture::new();
    let run = fixture.kata(&["dev", "verify", "02"]);
    run.assert_success();
    for expected in [
        "quiz 02 · Doubling (3 of 4 questions proven)",
        "ok    quizzes/code/quiz-02 is clippy-clean and its 2 tests pass on the real code",
        "ok    02/which-catch: the key holds (2 runs against `subtracts-two`, each passing on the real code)",
        "ok    02/read-the-failure: the key holds (2 runs against 2 broken versions, each passing on the real code)",
        "ok    every chapter's quiz block is what its quiz file gives",
        "time for the quizzes' proofs: ",
        "3 of 4 quiz questions have answer keys proven by running code (3 of their keys checked)",
    ] {
        assert!(run.stdout.contains(expected), "no {expected:?}\n{run}");
    }
    // The scratch copies never touch the quiz crate.
    assert!(!fixture.path("quizzes/code/quiz-02/target").exists());
    assert_eq!(
        fixture.read("quizzes/code/quiz-02/src/lib.rs"),
        std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/course/quizzes/code/quiz-02/src/lib.rs")
        )
        .unwrap()
    );
}

#[test]
fn a_quiz_that_is_not_well_formed_is_named_by_file_question_and_choice() {
    let fixture = Fixture::new();
    let quiz = fixture.read("quizzes/02.toml");
    let broken = quiz
        // Two right choices in a single-choice question.
        .replacen(
            "correct = false\nwhy = \"That one fails with -1",
            "correct = true\nwhy = \"That one fails with -1",
            1,
        )
        // An explanation left empty.
        .replace("why = \"Both give 2.\"", "why = \"\"")
        // A broken version that does not exist, and a show that does not resolve.
        .replace(
            "broken = \"subtracts-two\", test = \"halves_four\"",
            "broken = \"adds-two\", test = \"halves_four\"",
        )
        .replace("tests/halves.rs:four", "tests/halves.rs:five")
        // An id that is not lowercase words and dashes.
        .replace("id = \"which-data\"", "id = \"Which_Data\"");
    fixture.write("quizzes/02.toml", &broken);
    fixture.write(
        "quizzes/code/quiz-02/broken/unused.patch",
        "--- a/src/lib.rs\n+++ b/src/lib.rs\n",
    );

    let run = fixture.kata(&["dev", "quizzes"]);

    run.assert_clean_error("problem(s) in the quizzes");
    assert_snapshot!(redact(&run.stderr, fixture.root()));
}

#[test]
fn dev_quizzes_writes_a_missing_block_back_and_verify_says_when_one_is_stale() {
    let fixture = Fixture::new();
    let written = fixture.read("book/02-double.md");
    let start = written.find("## Quiz").unwrap();
    let end = written.find("<!-- end of quiz -->").unwrap() + "<!-- end of quiz -->\n\n".len();
    let without = format!("{}{}", &written[..start], &written[end..]);
    fixture.write("book/02-double.md", &without);

    let run = fixture.kata(&["dev", "quizzes"]);
    run.assert_success();
    assert!(
        run.stdout
            .contains("book/02-double.md: wrote its quiz (4 questions) from quizzes/02.toml"),
        "{run}"
    );
    assert_eq!(
        fixture.read("book/02-double.md"),
        written,
        "the same block, in the same place"
    );

    // A hand edit inside the block is stale.
    fixture.write(
        "book/02-double.md",
        &written.replace("Which of these runs fail?", "Which of these runs pass?"),
    );
    let stale = fixture.kata(&["dev", "verify", "01"]);
    stale.assert_clean_error("quizzes: quiz blocks that differ from their quiz files");
    assert!(
        stale.stdout.contains(
            "book/02-double.md: its quiz block differs from quizzes/02.toml: run `cargo kata dev quizzes`"
        ),
        "{stale}"
    );
}

#[test]
fn record_writes_a_missing_output_from_a_real_run_and_leaves_a_shown_one_alone() {
    let fixture = Fixture::new();
    let recorded = fixture.read("quizzes/outputs/02-read-the-failure.txt");

    let kept = fixture.kata(&["dev", "quizzes", "--record"]);
    kept.assert_success();
    assert!(
        kept.stdout.contains(
            "quizzes/outputs/02-read-the-failure.txt: its run still shows it; left as it is"
        ),
        "{kept}"
    );

    std::fs::remove_file(fixture.path("quizzes/outputs/02-read-the-failure.txt")).unwrap();
    let missing = fixture.kata(&["dev", "verify", "02"]);
    missing.assert_clean_error("quiz 02: 02/read-the-failure: there is no recorded output");
    assert!(
        missing.stdout.contains(
            "02/read-the-failure: there is no recorded output quizzes/outputs/02-read-the-failure.txt: \
             record it with `cargo kata dev quizzes --record`"
        ),
        "{missing}"
    );
    let again = fixture.kata(&["dev", "quizzes", "--record"]);
    again.assert_success();
    assert!(
        again.stdout.contains(
            "quizzes/outputs/02-read-the-failure.txt: recorded from a run of its right choice"
        ),
        "{again}"
    );
    assert_eq!(
        fixture.read("quizzes/outputs/02-read-the-failure.txt"),
        recorded
    );
}

#[test]
fn a_published_id_that_disappears_fails_verify() {
    let fixture = Fixture::new();
    let quiz = fixture.read("quizzes/02.toml");
    fixture.write(
        "quizzes/02.toml",
        &quiz.replace("id = \"which-data\"", "id = \"which-input\""),
    );
    let run = fixture.kata(&["dev", "quizzes"]);
    run.assert_success();
    assert!(
        fixture
            .read("quizzes/ids.txt")
            .contains("02/which-data: four zero\n"),
        "an id once published stays in the record"
    );
    let verify = fixture.kata(&["dev", "verify", "01"]);
    verify.assert_clean_error("quiz ids and quizzes/ids.txt disagree");
    assert!(
        verify.stdout.contains(
            "question 02/which-data was published, but quizzes/02.toml no longer has it: ids are forever"
        ),
        "{verify}"
    );
}

/// The concept check on one's own: the first time is the before round,
/// with nothing marked; once every question has a before, the after; then
/// both rounds, question by question, with the right answers and why.
#[test]
fn the_concept_check_on_ones_own_keeps_a_before_then_an_after() {
    let fixture = Fixture::new();
    fixture.write(
        "quizzes/concept-check.toml",
        include_str!("../fixtures/concept-check.toml"),
    );
    // Half of the before, then the rest of it: a round goes on where it
    // stopped.
    let half = kata_with_input(fixture.root(), &["quiz", "--concept-check"], "2\n2\n1\n1\n");
    half.assert_success();
    assert!(
        half.stdout
            .contains("The concept check stops here: 4 of 8 questions answered."),
        "{half}"
    );
    let rest = kata_with_input(fixture.root(), &["quiz", "--concept-check"], "2\n1\n1\n1\n");
    rest.assert_success();
    assert!(
        rest.stdout
            .contains("Concept check, the before round on your own: 4 questions"),
        "only the questions the round lacks: {rest}"
    );
    assert!(
        !rest.stdout.contains("right"),
        "nothing is marked before the after: {rest}"
    );
    assert_snapshot!(
        "concept_check_before_on_ones_own",
        redact(&rest.stdout, fixture.root())
    );

    let after = kata_with_input(
        fixture.root(),
        &["quiz", "--concept-check"],
        "1 3\n1\n1\n1\n1\n1\n1\n1\n",
    );
    after.assert_success();
    assert!(
        after
            .stdout
            .contains("Concept check, the after round on your own: 8 questions"),
        "{after}"
    );
    assert!(
        after.stdout.contains("Right: 5 of 8 before, 8 of 8 after."),
        "{after}"
    );

    // Both rounds taken: what they came to, and no question.
    let again = kata_with_input(fixture.root(), &["quiz", "--concept-check"], "");
    again.assert_success();
    assert!(!again.stdout.contains("Question 1 of"), "{again}");
    assert_snapshot!(
        "concept_check_both_rounds",
        redact(&again.stdout, fixture.root())
    );
    let progress = fixture.read(".kata/progress.toml");
    assert!(
        progress.contains("[concept-check.before.which-add]\nfirst_answer = [\"one-and-two\"]"),
        "{progress}"
    );
}

#[test]
fn quiz_room_and_the_concept_check_say_what_is_missing_in_one_line() {
    let fixture = Fixture::new();
    let room = kata_with_input(fixture.root(), &["quiz", "--room"], "");
    room.assert_clean_error("join it first");
    let none = kata_with_input(fixture.root(), &["quiz", "--concept-check"], "");
    none.assert_clean_error("this course has no concept check");
    let both = kata_with_input(fixture.root(), &["quiz", "02", "--room"], "");
    assert_eq!(
        both.code,
        Some(2),
        "clap refuses a chapter with --room: {both}"
    );
    assert_snapshot!(
        "quiz_room_and_concept_check_errors",
        [room, none]
            .iter()
            .map(|run| redact(&run.stderr, fixture.root()))
            .collect::<Vec<_>>()
            .join("")
    );
}
