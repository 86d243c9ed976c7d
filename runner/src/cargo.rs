//! Running cargo: every call has a time limit, and every build goes to the
//! course's one target directory, so that what the learner's
//! `cargo test -p kata-NN` compiled is reused by the runner's scratch builds
//! (mutants, verify) instead of being compiled again.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use crate::layout;
use crate::limits;
use crate::process::{self, AfterLine, Output};

#[derive(Debug)]
pub struct Cargo {
    root: PathBuf,
    target_dir: OnceLock<PathBuf>,
}

impl Cargo {
    pub fn new(root: &Path) -> Cargo {
        Cargo {
            root: root.to_path_buf(),
            target_dir: OnceLock::new(),
        }
    }

    /// The cargo that started us (`cargo kata` sets `CARGO`), or the one on PATH.
    pub fn program() -> OsString {
        std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
    }

    /// Where the course's builds go: `CARGO_TARGET_DIR`, a `build.target-dir`
    /// setting, or `target/`, as cargo itself decides. When cargo cannot
    /// say (it cannot read the workspace), that is an error with a hint,
    /// never a guess: a wrong guess would rebuild everything elsewhere.
    pub fn target_dir(&self) -> Result<&Path> {
        if let Some(dir) = self.target_dir.get() {
            return Ok(dir);
        }
        let dir = self.ask_target_dir().with_context(|| {
            format!(
                "cargo cannot read the course's workspace, so the runner cannot tell where \
                 builds go; if you changed a kata's Cargo.toml, `{} reset NN` puts it back \
                 (your files are backed up)",
                layout::self_copy_relative()
            )
        })?;
        Ok(self.target_dir.get_or_init(|| dir))
    }

    fn ask_target_dir(&self) -> Result<PathBuf> {
        let args = [
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ];
        let output = process::run(self.bare_command(&self.root, &args), limits::QUICK, |_| {
            AfterLine::Continue
        })?;
        if !output.success() {
            bail!("cargo metadata failed: {}", output.tail(5));
        }
        #[derive(Deserialize)]
        struct Metadata {
            target_directory: PathBuf,
        }
        let metadata: Metadata = serde_json::from_str(&output.stdout)
            .context("cargo metadata printed no target directory")?;
        Ok(metadata.target_directory)
    }

    /// `cargo <args>` in `dir`, building into the course's target directory
    /// (scratch workspaces under it included).
    pub fn command(&self, dir: &Path, args: &[&str]) -> Result<Command> {
        let mut command = self.bare_command(dir, args);
        command
            .env("CARGO_TARGET_DIR", self.target_dir()?)
            .env_remove("CARGO_BUILD_TARGET_DIR");
        Ok(command)
    }

    fn bare_command(&self, dir: &Path, args: &[&str]) -> Command {
        let mut command = Command::new(Self::program());
        command
            .args(args)
            .current_dir(dir)
            .env("CARGO_TERM_COLOR", "never");
        command
    }

    pub fn run(&self, dir: &Path, args: &[&str], limit: Duration) -> Result<Output> {
        let output = process::run(self.command(dir, args)?, limit, |_| AfterLine::Continue)?;
        if output.ending == process::Ending::TimedOut {
            bail!(
                "`cargo {}` was still running after {} and was stopped; its output ends:\n{}",
                args.join(" "),
                human_duration(limit),
                output.tail(10)
            );
        }
        Ok(output)
    }
}

/// `2m 05s`, `1.4s`, `250ms`.
pub fn human_duration(duration: Duration) -> String {
    let seconds = duration.as_secs();
    if seconds >= 60 {
        format!("{}m {:02}s", seconds / 60, seconds % 60)
    } else if duration >= Duration::from_secs(1) {
        format!("{:.1}s", duration.as_secs_f64())
    } else {
        format!("{}ms", duration.as_millis())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_as_a_person_would_say_them() {
        assert_eq!(human_duration(Duration::from_millis(250)), "250ms");
        assert_eq!(human_duration(Duration::from_millis(1400)), "1.4s");
        assert_eq!(human_duration(Duration::from_secs(125)), "2m 05s");
    }
}
