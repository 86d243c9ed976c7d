//! Building a kata's tests without running them, and reading what cargo
//! says about it as JSON: the test executables it made, the compiler's
//! errors and warnings. Running the executables ourselves (see
//! `test_run.rs`) is what lets the runner put a time limit on every test.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Result;
use serde::Deserialize;

use crate::cargo::Cargo;
use crate::course::{Course, Kata};
use crate::limits;
use crate::process::{self, AfterLine, Ending};

/// A test executable: one per test target (unit tests of `src/`, each
/// `tests/*.rs` binary).
#[derive(Debug, Clone)]
pub struct TestBinary {
    pub path: PathBuf,
    /// The folder of the package it belongs to: tests run there, as under
    /// `cargo test`.
    pub package_dir: PathBuf,
    /// Unit tests of `src/` (a library's or a binary's), not tests of
    /// `tests/`: `check` counts them apart.
    pub in_src: bool,
}

#[derive(Debug, Default)]
pub struct Build {
    pub binaries: Vec<TestBinary>,
    /// The compiler's errors, each rendered as rustc prints it.
    pub errors: Vec<String>,
    /// The compiler's warnings (clippy's too, when it was asked for).
    pub warnings: Vec<String>,
    /// When the build failed without a compiler error (a broken manifest, a
    /// missing dependency offline): the end of what cargo printed.
    pub cargo_error: Option<String>,
}

impl Build {
    pub fn succeeded(&self) -> bool {
        self.errors.is_empty() && self.cargo_error.is_none()
    }

    /// What to show a person when it failed: the first compiler error, or
    /// cargo's own words.
    pub fn failure(&self) -> String {
        match (self.errors.first(), &self.cargo_error) {
            (Some(error), _) => error.trim_end().to_string(),
            (None, Some(cargo)) => cargo.clone(),
            (None, None) => String::new(),
        }
    }
}

/// Whether clippy's lints run on the kata's own code while it builds. Only
/// the workspace's members are linted; the dependencies are the same builds
/// that a plain `cargo test` uses, so linting costs no second build of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lints {
    Off,
    Clippy,
}

/// `cargo test --no-run` in `dir` (for `package`, or the workspace there),
/// every target included, as JSON.
pub fn build_tests(
    cargo: &Cargo,
    dir: &Path,
    package: Option<&str>,
    lints: Lints,
) -> Result<Build> {
    build(cargo, dir, package, lints, false)
}

/// The same with `--offline`: what a workshop laptop without a network does.
pub fn build_tests_offline(cargo: &Cargo, dir: &Path, package: &str) -> Result<Build> {
    build(cargo, dir, Some(package), Lints::Off, true)
}

/// A kata that does not build on its own, and cargo's words for why.
pub struct Unbuilt<'a> {
    pub kata: &'a Kata,
    pub why: String,
}

/// Every kata built on its own, offline, as a learner's `cargo test -p
/// kata-NN` builds it (cargo picks a kata's dependencies' features from that
/// kata alone, so a whole-workspace build differs): `prepare` and `doctor`.
/// `before` hears each kata as its build starts. Returns those that fail.
pub fn each_kata_offline<'a>(
    course: &'a Course,
    mut before: impl FnMut(&Kata),
) -> Result<Vec<Unbuilt<'a>>> {
    let mut unbuilt = Vec::new();
    for kata in &course.katas {
        before(kata);
        let build = build_tests_offline(&course.cargo, &course.root, &kata.package())?;
        if !build.succeeded() {
            unbuilt.push(Unbuilt {
                kata,
                why: build.failure(),
            });
        }
    }
    Ok(unbuilt)
}

fn build(
    cargo: &Cargo,
    dir: &Path,
    package: Option<&str>,
    lints: Lints,
    offline: bool,
) -> Result<Build> {
    let mut args = vec!["test", "--no-run", "--all-targets", "--message-format=json"];
    if let Some(package) = package {
        args.extend(["--package", package]);
    }
    if offline {
        args.push("--offline");
    }
    let (builds, end) = run_build(cargo, dir, &args, lints)?;
    let mut build = Build::default();
    for member in builds.into_values() {
        build.binaries.extend(member.binaries);
        build.errors.extend(member.errors);
        build.warnings.extend(member.warnings);
    }
    build.cargo_error = end.cargo_error(build.errors.is_empty());
    Ok(build)
}

/// Builds the tests of every member of the workspace in `dir` in one cargo
/// run, so that cargo compiles them side by side on every core, and sorts
/// what it said by member (the folder of its `Cargo.toml`). One member that
/// does not compile does not stop the others (`--no-fail-fast`).
pub fn build_members(cargo: &Cargo, dir: &Path, lints: Lints) -> Result<BTreeMap<PathBuf, Build>> {
    let args = [
        "test",
        "--no-run",
        "--workspace",
        "--all-targets",
        "--no-fail-fast",
        // What each member cost, for verify's figures (see timings.rs).
        "--timings",
        "--message-format=json",
    ];
    let (builds, end) = run_build(cargo, dir, &args, lints)?;
    let mut by_member = BTreeMap::new();
    for (member, mut build) in builds {
        if let Some(member) = member {
            if build.binaries.is_empty() && build.errors.is_empty() {
                // Nothing of its own went wrong, and nothing was made.
                build.cargo_error = end.cargo_error(true);
            }
            by_member.insert(member, build);
        }
    }
    Ok(by_member)
}

/// How a cargo build ended, for the errors that are cargo's own.
struct CargoEnd {
    timed_out: bool,
    finished_ok: bool,
    stderr: String,
}

impl CargoEnd {
    /// Cargo's own words when it failed without a compiler error to show.
    fn cargo_error(&self, no_compiler_error: bool) -> Option<String> {
        if self.timed_out {
            Some(format!(
                "the build was still running after {} and was stopped",
                crate::cargo::human_duration(limits::BUILD)
            ))
        } else if !self.finished_ok && no_compiler_error {
            Some(cargo_words(&self.stderr))
        } else {
            None
        }
    }
}

type Builds = BTreeMap<Option<PathBuf>, Build>;

/// Runs a cargo build with JSON messages, and gathers them by package
/// folder (`None` for what belongs to no package).
fn run_build(cargo: &Cargo, dir: &Path, args: &[&str], lints: Lints) -> Result<(Builds, CargoEnd)> {
    let mut command = cargo.command(dir, args)?;
    if lints == Lints::Clippy {
        command.env("RUSTC_WORKSPACE_WRAPPER", clippy_driver());
    }
    let output = process::run(command, limits::BUILD, |_| AfterLine::Continue)?;
    let mut builds = Builds::new();
    let mut finished_ok = false;
    for line in output.stdout.lines() {
        let Ok(message) = serde_json::from_str::<Message>(line) else {
            continue;
        };
        let folder = |manifest: &Path| manifest.parent().map(Path::to_path_buf);
        match message {
            Message::CompilerArtifact {
                executable,
                profile,
                manifest_path,
                target,
            } => {
                let build = builds.entry(folder(&manifest_path)).or_default();
                if let (Some(path), true) = (executable, profile.test) {
                    build.binaries.push(TestBinary {
                        path,
                        package_dir: folder(&manifest_path).unwrap_or_else(|| dir.to_path_buf()),
                        in_src: target.is_in_src(),
                    });
                }
            }
            Message::CompilerMessage {
                message,
                manifest_path,
            } => {
                let build = builds
                    .entry(manifest_path.as_deref().and_then(folder))
                    .or_default();
                let text = message.rendered.unwrap_or(message.message);
                match message.level.as_str() {
                    // rustc ends with summaries ("aborting due to 2 previous
                    // errors", "3 warnings emitted"): not diagnostics of their own.
                    _ if is_summary(&text) => {}
                    "error" => build.errors.push(text),
                    "warning" => build.warnings.push(text),
                    _ => {}
                }
            }
            Message::BuildFinished { success } => finished_ok = success,
            Message::Other => {}
        }
    }
    let end = CargoEnd {
        timed_out: output.ending == Ending::TimedOut,
        finished_ok,
        stderr: output.stderr,
    };
    Ok((builds, end))
}

fn is_summary(text: &str) -> bool {
    let text = text
        .trim_start_matches("error: ")
        .trim_start_matches("warning: ");
    text.starts_with("aborting due to") || text.trim_end().ends_with(" emitted")
}

/// The lines of cargo's stderr that say what went wrong.
fn cargo_words(stderr: &str) -> String {
    let lines: Vec<&str> = stderr
        .lines()
        .skip_while(|line| !line.starts_with("error"))
        .take(12)
        .collect();
    if lines.is_empty() {
        let all: Vec<&str> = stderr.lines().collect();
        all[all.len().saturating_sub(12)..].join("\n")
    } else {
        lines.join("\n")
    }
}

/// `cargo clippy` is `cargo check` with clippy-driver as the compiler of the
/// workspace's members; the same driver can build tests as well. It sits
/// next to cargo and rustc (a rustup proxy, or the toolchain's own).
fn clippy_driver() -> PathBuf {
    let name = format!("clippy-driver{}", std::env::consts::EXE_SUFFIX);
    let beside_cargo = PathBuf::from(Cargo::program())
        .parent()
        .map(|dir| dir.join(&name));
    match beside_cargo {
        Some(path) if path.is_file() => path,
        _ => PathBuf::from(name),
    }
}

#[derive(Deserialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
#[allow(
    clippy::enum_variant_names,
    reason = "the names are cargo's own `reason` values"
)]
enum Message {
    CompilerArtifact {
        executable: Option<PathBuf>,
        profile: Profile,
        manifest_path: PathBuf,
        target: Target,
    },
    CompilerMessage {
        message: Diagnostic,
        #[serde(default)]
        manifest_path: Option<PathBuf>,
    },
    BuildFinished {
        success: bool,
    },
    #[serde(other)]
    Other,
}

#[derive(Deserialize)]
struct Target {
    kind: Vec<String>,
}

impl Target {
    /// A library's or a binary's own unit tests live in `src/`.
    fn is_in_src(&self) -> bool {
        self.kind
            .iter()
            .any(|kind| matches!(kind.as_str(), "lib" | "rlib" | "bin" | "proc-macro"))
    }
}

#[derive(Deserialize)]
struct Profile {
    test: bool,
}

#[derive(Deserialize)]
struct Diagnostic {
    level: String,
    message: String,
    rendered: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cargo_words_start_at_its_first_error() {
        let stderr = "    Updating index\nerror: failed to parse manifest at `/x/Cargo.toml`\n\nCaused by:\n  bad key\n";
        assert!(cargo_words(stderr).starts_with("error: failed to parse manifest"));
    }

    #[test]
    fn json_messages_are_read() {
        let artifact = r#"{"reason":"compiler-artifact","package_id":"p","manifest_path":"/c/k/Cargo.toml","target":{"kind":["test"],"name":"it"},"profile":{"test":true},"executable":"/t/debug/deps/it-1","fresh":false}"#;
        assert!(matches!(
            serde_json::from_str::<Message>(artifact).unwrap(),
            Message::CompilerArtifact {
                executable: Some(_),
                profile: Profile { test: true },
                ..
            }
        ));
        let other = r#"{"reason":"build-script-executed","package_id":"p"}"#;
        assert!(matches!(
            serde_json::from_str::<Message>(other).unwrap(),
            Message::Other
        ));
    }
}
