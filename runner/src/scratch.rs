//! Scratch workspaces: a kata's files in a workspace of its own under
//! `target/`, built with a shared scratch target directory so that the
//! dependencies build once. The learner's `katas/` folder is never touched.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::cargo::{self, Run};
use crate::course::{Course, Kata};
use crate::files::{self, Tree};

pub struct Scratch {
    dir: PathBuf,
    target: PathBuf,
    workspace_manifest: String,
    lockfile: Option<Vec<u8>>,
}

impl Scratch {
    /// `purpose` names the folder under `target/`: `kata-verify`, `kata-check`.
    pub fn new(course: &Course, purpose: &str) -> Result<Scratch> {
        let dir = course.scratch_dir(purpose);
        let manifest_path = course.root.join("Cargo.toml");
        let manifest = fs::read_to_string(&manifest_path)
            .with_context(|| format!("cannot read {}", manifest_path.display()))?;
        let lockfile = fs::read(course.root.join("Cargo.lock")).ok();
        Ok(Scratch {
            target: dir.join("target"),
            dir,
            workspace_manifest: manifest,
            lockfile,
        })
    }

    /// Writes `tree` as the only member of a scratch workspace that keeps the
    /// course's `[workspace.dependencies]`, lints and profiles, and returns
    /// the kata's folder in it. The same kata always lands in the same folder,
    /// so that incremental builds carry over from one variant to the next.
    pub fn workspace(&self, kata: &Kata, tree: &Tree) -> Result<PathBuf> {
        let root = self.dir.join(format!("ws-{}", kata.folder));
        fs::create_dir_all(&root).with_context(|| format!("cannot create {}", root.display()))?;
        fs::write(root.join("Cargo.toml"), self.manifest_for(&kata.folder)?)?;
        if let Some(lockfile) = &self.lockfile {
            fs::write(root.join("Cargo.lock"), lockfile)?;
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

    pub fn cargo(&self, crate_dir: &Path, args: &[&str]) -> Result<Run> {
        cargo::run(crate_dir, args, Some(&self.target))
    }
}
