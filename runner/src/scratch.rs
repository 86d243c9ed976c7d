//! Scratch workspaces: a kata's files in a workspace of its own, in the
//! course's target directory and built into it, so that the dependencies
//! the learner's own builds compiled are used as they are. The learner's
//! `katas/` folder is never touched.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use fs_err as fs;

use crate::build::{self, Build, Lints};
use crate::cargo::QUICK_LIMIT;
use crate::course::{Course, Kata};
use crate::files::{self, Tree};
use crate::process::Output;

pub struct Scratch<'a> {
    course: &'a Course,
    dir: PathBuf,
    workspace_manifest: String,
    lockfile: Option<Vec<u8>>,
}

impl<'a> Scratch<'a> {
    /// `purpose` names the folder: `kata-verify`, `kata-check`, `kata-dev`.
    pub fn new(course: &'a Course, purpose: &str) -> Result<Scratch<'a>> {
        let manifest = fs::read_to_string(course.root.join("Cargo.toml"))?;
        let lockfile = fs::read(course.root.join("Cargo.lock")).ok();
        Ok(Scratch {
            course,
            dir: course.scratch_dir(purpose),
            workspace_manifest: manifest,
            lockfile,
        })
    }

    /// Writes `tree` as the only member of a scratch workspace that keeps the
    /// course's `[workspace.dependencies]`, lints, profiles and lockfile (so
    /// that cargo picks the very builds of the dependencies it made for
    /// `cargo test -p kata-NN`), and returns the kata's folder in it. The
    /// same kata always lands in the same folder, so that incremental builds
    /// carry over from one variant to the next.
    pub fn workspace(&self, kata: &Kata, tree: &Tree) -> Result<PathBuf> {
        let root = self.dir.join(format!("ws-{}", kata.folder));
        fs::create_dir_all(&root)?;
        write_if_changed(
            &root.join("Cargo.toml"),
            self.manifest_for(&kata.folder)?.as_bytes(),
        )?;
        if let Some(lockfile) = &self.lockfile {
            write_if_changed(&root.join("Cargo.lock"), lockfile)?;
        }
        let crate_dir = root.join(&kata.folder);
        files::replace_tree(&crate_dir, tree)?;
        Ok(crate_dir)
    }

    fn manifest_for(&self, member: &str) -> Result<String> {
        let mut manifest: toml::Table = toml::from_str(&self.workspace_manifest)
            .context("the course's Cargo.toml is not valid TOML")?;
        let workspace = manifest
            .get_mut("workspace")
            .and_then(toml::Value::as_table_mut)
            .context("the course's Cargo.toml has no [workspace] table")?;
        workspace.insert("members".into(), toml::Value::Array(vec![member.into()]));
        workspace.remove("default-members");
        Ok(toml::to_string(&manifest)?)
    }

    /// Builds the tests of the kata in `crate_dir` (a folder `workspace` made).
    pub fn build(&self, crate_dir: &Path, lints: Lints) -> Result<Build> {
        build::build_tests(&self.course.cargo, crate_dir, None, lints)
    }

    /// `cargo fmt --check` on the kata in `crate_dir`.
    pub fn fmt_check(&self, crate_dir: &Path) -> Result<Output> {
        self.course.cargo.run(
            crate_dir,
            &["fmt", "--check", "--", "--color", "never"],
            QUICK_LIMIT,
        )
    }
}

/// A file rewritten with the same bytes still looks new to cargo.
fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<()> {
    if fs::read(path).ok().as_deref() != Some(bytes) {
        fs::write(path, bytes)?;
    }
    Ok(())
}
