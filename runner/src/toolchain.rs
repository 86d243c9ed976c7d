//! What is installed: the Rust toolchain and mdBook, and what the course
//! asks of them.

use std::process::Command;

use anyhow::{Context, Result};

use crate::course::Course;
use crate::process;

/// The mdBook the README and CI use.
pub const MDBOOK_VERSION: &str = "0.5.4";

/// `rustc --version`'s number, like `1.95.0`.
pub fn rustc_version() -> Option<String> {
    let text = stdout_of("rustc", &["--version"])?;
    text.split_whitespace().nth(1).map(str::to_string)
}

/// `rustc -vV`'s host triple, like `x86_64-unknown-linux-gnu`.
pub fn host_triple() -> Option<String> {
    let text = stdout_of("rustc", &["-vV"])?;
    text.lines()
        .find_map(|line| line.strip_prefix("host: ").map(str::to_string))
}

/// All of `rustc -vV`: which compiler, to the commit, for which host.
pub fn rustc_verbose_version() -> Option<String> {
    stdout_of("rustc", &["-vV"])
}

/// `mdbook --version`'s number, like `0.5.4`; `None` when it is not installed.
pub fn mdbook_version() -> Option<String> {
    let text = stdout_of("mdbook", &["--version"])?;
    text.split_whitespace()
        .nth(1)
        .map(|v| v.trim_start_matches('v').to_string())
}

/// What `program args` printed, when it ran and succeeded within
/// [`crate::limits::QUICK`]: a hung probe must not hang `doctor`.
fn stdout_of(program: &str, args: &[&str]) -> Option<String> {
    let mut command = Command::new(program);
    command.args(args);
    let output = process::ask(command).ok()?;
    output.success().then_some(output.stdout)
}

/// The `rust-version` the course's Cargo.toml asks for.
pub fn minimum_rust(course: &Course) -> Result<String> {
    let text = std::fs::read_to_string(course.root.join("Cargo.toml"))?;
    let manifest: toml::Table = toml::from_str(&text).context("the course's Cargo.toml")?;
    manifest
        .get("workspace")
        .and_then(|w| w.get("package"))
        .and_then(|p| p.get("rust-version"))
        .and_then(toml::Value::as_str)
        .map(str::to_string)
        .context("the course's Cargo.toml has no [workspace.package] rust-version")
}

/// Whether version `have` is at least `want` ("1.95.0" >= "1.89").
pub fn at_least(have: &str, want: &str) -> bool {
    let parts = |v: &str| -> Vec<u64> {
        v.split(['.', '-'])
            .map_while(|part| part.parse().ok())
            .collect()
    };
    let (have, want) = (parts(have), parts(want));
    for index in 0..want.len().max(have.len()) {
        let (h, w) = (
            have.get(index).copied().unwrap_or(0),
            want.get(index).copied().unwrap_or(0),
        );
        if h != w {
            return h > w;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_versions_part_by_part() {
        assert!(at_least("1.95.0", "1.89"));
        assert!(at_least("1.89.0", "1.89"));
        assert!(!at_least("1.88.1", "1.89"));
        assert!(at_least("1.100.0", "1.89"));
        assert!(at_least("0.5.4", "0.5.4"));
        assert!(!at_least("0.4.52", "0.5.4"));
        assert!(at_least("1.91.0-nightly", "1.89"));
    }
}
