//! Running the `kata` binary, and fixture courses in temporary folders.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use tempfile::TempDir;

/// The course this runner belongs to (the repository root).
pub fn real_course() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// What a run of `cargo kata ...` printed, and how it ended.
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// A runner failure is an exit code of 1 and an `error:` line, never a
    /// panic (which exits with 101).
    pub fn assert_clean_error(&self, expected: &str) {
        assert_eq!(self.code, Some(1), "expected exit code 1\n{self}");
        assert!(
            !self.stderr.contains("panicked"),
            "the runner panicked\n{self}"
        );
        assert!(
            self.stderr.lines().any(|line| line.starts_with("error: ")),
            "expected an `error:` line\n{self}"
        );
        assert!(
            self.stderr.contains(expected),
            "expected {expected:?} in stderr\n{self}"
        );
    }

    pub fn assert_success(&self) {
        assert_eq!(self.code, Some(0), "expected success\n{self}");
    }
}

impl std::fmt::Display for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "--- exit code {:?}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

/// Runs `kata <args>` in `dir`, with no terminal on stdin and no CI setting
/// unless the test adds one.
pub fn kata(dir: &Path, args: &[&str]) -> Run {
    kata_with(dir, args, |_| {})
}

pub fn kata_with(dir: &Path, args: &[&str], adjust: impl FnOnce(&mut Command)) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kata"));
    command
        .args(args)
        .current_dir(dir)
        .env_remove("CI")
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CLICOLOR_FORCE")
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::null());
    adjust(&mut command);
    let Output {
        status,
        stdout,
        stderr,
    } = command.output().expect("the kata binary runs");
    Run {
        code: status.code(),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

/// Runs `kata <args>` in `dir` with `input` on its stdin (a pipe, not a
/// terminal), as the other tests run it.
pub fn kata_with_input(dir: &Path, args: &[&str], input: &str) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kata"))
        .args(args)
        .current_dir(dir)
        .env_remove("CI")
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CLICOLOR_FORCE")
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the kata binary starts");
    // The runner may stop reading early (a bad line); that is its answer.
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    let output = child.wait_with_output().expect("the kata binary runs");
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Replaces what changes from run to run (the temporary folder, times) with
/// fixed words, so that output can be compared with a stored snapshot.
pub fn redact(text: &str, root: &Path) -> String {
    let root = root.display().to_string();
    let mut text = text.replace(&root, "[COURSE]");
    // Backup folders are named for the time they were made: 2026-11-21T14-23-05Z(-2).
    let mut out = String::with_capacity(text.len());
    while let Some(start) = find_stamp(&text) {
        out.push_str(&text[..start]);
        out.push_str("[TIME]");
        let mut end = start + "2026-11-21T14-23-05Z".len();
        if text[end..].starts_with('-') && text[end + 1..].starts_with(|c: char| c.is_ascii_digit())
        {
            end += 1 + text[end + 1..]
                .chars()
                .take_while(char::is_ascii_digit)
                .count();
        }
        text = text[end..].to_string();
    }
    out.push_str(&text);
    out
}

fn find_stamp(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let shape = b"dddd-dd-ddTdd-dd-ddZ";
    (0..bytes.len().saturating_sub(shape.len() - 1)).find(|&i| {
        shape
            .iter()
            .zip(&bytes[i..])
            .all(|(want, &got)| match want {
                b'd' => got.is_ascii_digit(),
                other => *other == got,
            })
    })
}

/// A fresh copy of the fixture course, with its starters recorded.
pub struct Fixture {
    dir: TempDir,
}

impl Fixture {
    pub fn new() -> Fixture {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/course");
        copy_dir(&source, dir.path());
        let fixture = Fixture { dir };
        fixture.kata(&["dev", "snapshot"]).assert_success();
        fixture
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.root().join(relative)
    }

    pub fn read(&self, relative: &str) -> String {
        fs::read_to_string(self.path(relative))
            .unwrap_or_else(|e| panic!("cannot read {relative}: {e}"))
    }

    pub fn write(&self, relative: &str, text: &str) {
        let path = self.path(relative);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    pub fn kata(&self, args: &[&str]) -> Run {
        kata(self.root(), args)
    }

    /// The backups made of a kata, oldest first.
    pub fn backups(&self, folder: &str) -> Vec<PathBuf> {
        let dir = self.path(&format!(".kata/backups/{folder}"));
        let mut found: Vec<PathBuf> = match fs::read_dir(dir) {
            Ok(entries) => entries.map(|e| e.unwrap().path()).collect(),
            Err(_) => Vec::new(),
        };
        found.sort();
        found
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}
