//! The course's self-check, which `cargo test` at the repository root runs
//! last: `cargo kata dev verify` over the whole course (every kata's starter
//! fails, its solution passes, its mutants are caught, the book is whole).
//!
//! It is a test target of its own without libtest (`harness = false`), so
//! that what it proved is printed, not swallowed by libtest's capture: the
//! run ends with a verdict a person reads, and the next step for a learner.

use std::process::{Command, ExitCode, Stdio};

fn main() -> ExitCode {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the runner sits in the course's root folder");
    eprintln!("\nself-check: `cargo kata dev verify` on every kata (a few minutes the first time)");
    let mut command = Command::new(env!("CARGO_BIN_EXE_kata"));
    command
        .args(["dev", "verify"])
        .current_dir(root)
        .env("NO_COLOR", "1")
        // Progress lines go straight to the terminal or the log.
        .stderr(Stdio::inherit());
    let output = match command.output() {
        Ok(output) => output,
        Err(error) => {
            eprintln!("self-check: cannot run the kata binary: {error}");
            return ExitCode::FAILURE;
        }
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    if output.status.success() {
        // The per-kata times and the verdict: verify's last lines.
        let summary: Vec<&str> = stdout
            .lines()
            .skip_while(|line| !line.starts_with("time per kata"))
            .collect();
        println!("\n{}", summary.join("\n"));
        println!("Next, for a learner: `cargo kata` starts the first kata (see README.md).");
        ExitCode::SUCCESS
    } else {
        println!("{stdout}");
        eprintln!("self-check: the course is NOT sound (the FAIL lines above say where)");
        ExitCode::FAILURE
    }
}
