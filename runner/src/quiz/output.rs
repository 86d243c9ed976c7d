//! Failure outputs that a question shows (`quizzes/outputs/NN-<id>.txt`):
//! recorded from a real run by `cargo kata dev quizzes --record`, never
//! typed, and compared with a fresh run by `verify`. Both go through
//! [`normalize`], so that what differs between machines and runs (where the
//! crate was built, libtest's thread ids, how long it took) never counts.
//!
//! A run shows a recorded output when the recorded lines appear in the
//! run's output in order: a maintainer may trim a recording to the lines
//! that matter (deleting lines only), and it still proves what it shows.

/// `text` as it reads on any machine: the crate's path prefixes removed
/// (`kata-verify-…/quiz-09/src/x.rs` reads `src/x.rs`, as it does in a
/// maintainer's own workspace once `quizzes/code/quiz-09/` is removed), the
/// thread id libtest prints after a test's name removed, and a run's time
/// replaced.
pub fn normalize(text: &str, prefixes: &[String]) -> String {
    let mut lines = Vec::new();
    for line in text.lines() {
        let mut line = line.trim_end().to_string();
        for prefix in prefixes {
            for separator in ['/', '\\'] {
                let with = format!(
                    "{}{separator}",
                    prefix.replace(['/', '\\'], &separator.to_string())
                );
                line = line.replace(&with, "");
            }
        }
        lines.push(without_time(&without_thread_id(&line)));
    }
    lines.join("\n")
}

/// `thread 'name' (12345) panicked at` reads `thread 'name' panicked at`
/// (whatever follows the id).
fn without_thread_id(line: &str) -> String {
    let Some(start) = line.find("thread '") else {
        return line.to_string();
    };
    let Some(close) = line[start + "thread '".len()..].find("' (") else {
        return line.to_string();
    };
    let open = start + "thread '".len() + close + 1;
    let rest = &line[open..];
    let digits = rest[2..].bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && rest[2 + digits..].starts_with(") ") {
        format!("{}{}", &line[..open], &rest[2 + digits + 1..])
    } else {
        line.to_string()
    }
}

/// libtest's `finished in 0.12s` reads `finished in [time]`.
fn without_time(line: &str) -> String {
    let Some(at) = line.find("finished in ") else {
        return line.to_string();
    };
    let from = at + "finished in ".len();
    let length = line[from..]
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    if length > 0 && line[from + length..].starts_with('s') {
        format!("{}[time]{}", &line[..from], &line[from + length + 1..])
    } else {
        line.to_string()
    }
}

/// The first line of `recorded` (a normalized recording) that `output`
/// (a normalized run's output) does not show in order, as its number and
/// text; `None` when the run shows all of it.
pub fn first_missing(recorded: &str, output: &str) -> Option<(usize, String)> {
    let mut lines = output.lines().map(str::trim_end);
    for (number, wanted) in recorded.lines().map(str::trim_end).enumerate() {
        if !lines.any(|line| line == wanted) {
            return Some((number + 1, wanted.to_string()));
        }
    }
    None
}

/// What libtest printed for `test` when it failed with its output
/// captured: from `---- test stdout ----` to the next test's section or
/// the list of failures. `None` when there is no such section.
pub fn section(stdout: &str, test: &str) -> Option<String> {
    let header = format!("---- {test} stdout ----");
    let mut lines = stdout.lines().skip_while(|line| *line != header);
    let first = lines.next()?;
    let mut kept = vec![first];
    kept.extend(lines.take_while(|line| {
        !(line.starts_with("---- ") && line.ends_with(" ----")) && *line != "failures:"
    }));
    Some(kept.join("\n"))
}

/// What `--record` writes for a run's output: its failing tests'
/// sections, or the whole output when it has none (a run with
/// `--nocapture`), without libtest's hint about backtraces and without
/// trailing blank lines.
pub fn recording(output: &str, failed: &[String]) -> String {
    let sections: Vec<String> = failed
        .iter()
        .filter_map(|test| section(output, test))
        .collect();
    let text = if sections.is_empty() {
        output.to_string()
    } else {
        sections.join("\n")
    };
    let mut lines: Vec<&str> = text
        .lines()
        .filter(|line| !line.starts_with("note: run with `RUST_BACKTRACE=1`"))
        .collect();
    while lines.last().is_some_and(|line| line.trim().is_empty()) {
        lines.pop();
    }
    let mut recorded = lines.join("\n");
    recorded.push('\n');
    recorded
}

#[cfg(test)]
mod tests {
    use super::*;

    const RUN: &str = "\
running 2 tests
test with_mocks::loose ... ok
test with_mocks::careful ... FAILED

failures:

---- with_mocks::careful stdout ----

thread 'with_mocks::careful' (81234) panicked at kata-verify-0a1b/quiz-09/src/restock.rs:28:1:
MockMailer::back_in_stock(\"ada@example.com\", \"MUG\", 2): No matching expectation found
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace


failures:
    with_mocks::careful

test result: FAILED. 1 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.03s
";

    fn prefixes() -> Vec<String> {
        vec![
            "/work/target/kata-verify/ws/kata-verify-0a1b/quiz-09".into(),
            "kata-verify-0a1b/quiz-09".into(),
        ]
    }

    #[test]
    fn paths_thread_ids_and_times_are_normalized() {
        let text = normalize(RUN, &prefixes());
        assert!(
            text.contains("thread 'with_mocks::careful' panicked at src/restock.rs:28:1:\n"),
            "{text}"
        );
        assert!(text.contains("finished in [time]"), "{text}");
        assert_eq!(
            normalize(
                "at C:\\t\\kata-verify-0a1b\\quiz-09\\src\\x.rs:1",
                &prefixes()
            ),
            "at C:\\t\\src\\x.rs:1"
        );
        // Whatever the thread does, its id differs from run to run.
        assert_eq!(
            without_thread_id("thread 'main' (12) has overflowed"),
            "thread 'main' has overflowed"
        );
        assert_eq!(
            without_thread_id("thread 'x' (not an id) panicked"),
            "thread 'x' (not an id) panicked"
        );
    }

    #[test]
    fn a_recording_is_the_failing_tests_section_and_a_run_shows_it_in_order() {
        let output = normalize(RUN, &prefixes());
        let recorded = recording(&output, &["with_mocks::careful".to_string()]);
        assert_eq!(
            recorded,
            "---- with_mocks::careful stdout ----\n\nthread 'with_mocks::careful' panicked at \
             src/restock.rs:28:1:\nMockMailer::back_in_stock(\"ada@example.com\", \"MUG\", 2): \
             No matching expectation found\n"
        );
        assert_eq!(first_missing(&recorded, &output), None);
        // Trimmed to fewer lines, it is still shown.
        let trimmed: String = recorded.lines().skip(2).map(|l| format!("{l}\n")).collect();
        assert_eq!(first_missing(&trimmed, &output), None);
        // Out of order, or with a line the run lacks, it is not.
        let other = recorded.replace("2): No", "5): No");
        assert_eq!(first_missing(&other, &output).map(|(n, _)| n), Some(4));
        let swapped = "MockMailer::back_in_stock(\"ada@example.com\", \"MUG\", 2): No matching expectation found\n---- with_mocks::careful stdout ----\n";
        assert_eq!(first_missing(swapped, &output).map(|(n, _)| n), Some(2));
    }
}
