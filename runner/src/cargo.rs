//! Running cargo as a child process and keeping what it printed.

use std::ffi::OsString;
use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result};

pub struct Run {
    pub success: bool,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// The last `lines` lines of what cargo printed (errors are on stderr,
    /// test results on stdout), for a failure message.
    pub fn tail(&self, lines: usize) -> String {
        let all: Vec<&str> = self.stderr.lines().chain(self.stdout.lines()).collect();
        all[all.len().saturating_sub(lines)..].join("\n")
    }
}

/// The cargo that started us (`cargo kata` sets `CARGO`), or the one on PATH.
fn cargo_program() -> OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}

/// Runs `cargo <args>` in `dir`. With `target_dir`, builds go there instead
/// of the workspace's own `target/`.
pub fn run(dir: &Path, args: &[&str], target_dir: Option<&Path>) -> Result<Run> {
    let mut command = Command::new(cargo_program());
    command
        .args(args)
        .current_dir(dir)
        .env("CARGO_TERM_COLOR", "never");
    if let Some(target_dir) = target_dir {
        command
            .env("CARGO_TARGET_DIR", target_dir)
            .env_remove("CARGO_BUILD_TARGET_DIR");
    }
    let output = command.output().with_context(|| {
        format!(
            "cannot run cargo in {}: is it installed and on PATH?",
            dir.display()
        )
    })?;
    Ok(Run {
        success: output.status.success(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    })
}
