//! `cargo kata dev mutants NN`: cargo-mutants, the outside mutation tool, on
//! the solved kata (its recorded starter with the reference solution laid
//! on it) in a scratch copy with a target directory of its own. It mutates
//! the kata's `src/`, and the judge is the kata's tests as they stand
//! solved: for a write-the-tests kata, the reference tests; for a
//! make-it-pass kata, the tests the kata gives, passing thanks to the
//! reference solution. What it finds that they let through must be killed
//! by a test, or listed in course.toml as `[[kata.equivalent]]` with the
//! reason no test could tell it apart. Slow (a build per mutant), so it
//! stays out of the self-check.

use anyhow::{Result, bail};
use fs_err as fs;

use crate::cargo::Cargo;
use crate::course::{Course, Kata, Kind};
use crate::limits;
use crate::process::{self, AfterLine};
use crate::scratch::Scratch;
use crate::solutions;
use crate::verdict::Verdict;

const PURPOSE: &str = "kata-mutants";

pub fn run(course: &Course, id: &str) -> Result<Verdict> {
    let kata = course.find(id)?;
    let mut version = std::process::Command::new(Cargo::program());
    version.args(["mutants", "--version"]);
    if !process::ask(version).is_ok_and(|output| output.success()) {
        bail!("cargo-mutants is not installed: `cargo install cargo-mutants --locked`");
    }
    let scratch = Scratch::new(course, PURPOSE)?;
    scratch.workspace(kata, &solutions::solved(course, kata)?)?;
    let workspace = scratch.workspace_root(kata);
    let out = workspace.join("out");
    eprintln!(
        "running cargo-mutants on the solved kata {} ({}) in {} (one build per mutant: minutes)",
        kata.id,
        match kata.kind {
            Kind::WriteTheTests => "judged by the reference tests",
            Kind::MakeItPass => "judged by the tests it gives, with the reference solution",
        },
        workspace.display()
    );
    let mut command = std::process::Command::new(Cargo::program());
    command
        .args(["mutants", "--no-shuffle", "--dir"])
        .arg(&workspace)
        .arg("--output")
        .arg(&out)
        // Its own copies and its own target: the course's stays as it is.
        .env_remove("CARGO_TARGET_DIR")
        .env("CARGO_TERM_COLOR", "never");
    let output = process::run(command, limits::CARGO_MUTANTS, |line| {
        eprintln!("{line}");
        AfterLine::Continue
    })?;
    let results = out.join("mutants.out");
    let read = |name: &str| -> Vec<String> {
        fs::read_to_string(results.join(name))
            .map(|text| text.lines().map(str::to_string).collect())
            .unwrap_or_default()
    };
    let caught = read("caught.txt");
    let missed = read("missed.txt");
    let timeouts = read("timeout.txt");
    let unviable = read("unviable.txt");
    if caught.is_empty() && missed.is_empty() && !output.success() {
        bail!("cargo-mutants did not run; it said:\n{}", output.tail(20));
    }
    let (equivalent, unexplained): (Vec<&String>, Vec<&String>) = missed
        .iter()
        .partition(|line| reason_for(kata, line).is_some());
    println!(
        "kata {}: {} caught, {} missed ({} of them listed as equivalent), {} timed out, {} unviable",
        kata.id,
        caught.len(),
        missed.len(),
        equivalent.len(),
        timeouts.len(),
        unviable.len()
    );
    for line in &equivalent {
        println!(
            "  equivalent  {line}\n              because {}",
            reason_for(kata, line).unwrap_or_default()
        );
    }
    for line in &unexplained {
        println!("  MISSED      {line}");
    }
    stale_entries(kata, &missed);
    if unexplained.is_empty() {
        Ok(Verdict::Done)
    } else {
        bail!(
            "{} mutants get past the tests of kata {}: kill each with a test, or list it in course.toml as [[kata.equivalent]] with the reason (details in {})",
            unexplained.len(),
            kata.id,
            results.display()
        )
    }
}

/// cargo-mutants names a mutant `…/kata-02-big-bang/src/money.rs:12:9:
/// replace … with …`, from the scratch workspace's root; the line and column move
/// with every edit, so entries name it from the kata's folder and without
/// them: `src/money.rs: replace … with …`.
fn without_position(line: &str, folder: &str) -> String {
    let prefix = format!("{folder}/");
    let line = line
        .find(&prefix)
        .map_or(line, |at| &line[at + prefix.len()..]);
    let mut parts = line.splitn(4, ':');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(file), Some(_line), Some(_column), Some(rest)) => format!("{file}:{rest}"),
        _ => line.to_string(),
    }
}

fn reason_for<'a>(kata: &'a Kata, line: &str) -> Option<&'a str> {
    let name = without_position(line, &kata.folder);
    kata.equivalent
        .iter()
        .find(|e| e.mutant.trim() == name.trim())
        .map(|e| e.reason.as_str())
}

/// An entry that matches no missed mutant is out of date: say so.
fn stale_entries(kata: &Kata, missed: &[String]) {
    for entry in &kata.equivalent {
        let matched = missed
            .iter()
            .any(|line| without_position(line, &kata.folder).trim() == entry.mutant.trim());
        if !matched {
            println!(
                "  note        listed as equivalent but not missed (any more?): {}",
                entry.mutant
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mutant_is_named_without_its_line_and_column() {
        assert_eq!(
            without_position(
                "kata-mutants-27c79c21/kata-02-big-bang/src/money.rs:12:9: replace <impl Add for Cents>::add -> Cents with Default::default()",
                "kata-02-big-bang"
            ),
            "src/money.rs: replace <impl Add for Cents>::add -> Cents with Default::default()"
        );
    }
}
