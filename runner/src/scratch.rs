//! Scratch workspaces: a kata's files in a workspace of its own, under the
//! course's `target/` folder, built into the course's target directory so
//! that the dependencies the learner's own builds compiled are used as they
//! are. The learner's `katas/` folder is never touched.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use fs_err as fs;

use crate::build::{self, Build, Lints};
use crate::course::{Course, Kata};
use crate::files::{self, Tree};

pub struct Scratch<'a> {
    course: &'a Course,
    dir: PathBuf,
    /// The folder, inside each scratch workspace, that holds the kata. See
    /// [`member_folder`].
    member: String,
    workspace_manifest: String,
    lockfile: Option<Vec<u8>>,
    /// Held while this scratch space is in use: a second `check` or
    /// `verify` of the same course waits for it rather than writing into the
    /// same folders. The operating system releases it if the runner dies.
    _lock: std::fs::File,
}

impl<'a> Scratch<'a> {
    /// `purpose` names the folder: `kata-verify`, `kata-check`, `kata-dev`.
    pub fn new(course: &'a Course, purpose: &str) -> Result<Scratch<'a>> {
        let manifest = fs::read_to_string(course.root.join("Cargo.toml"))?;
        let lockfile = fs::read(course.root.join("Cargo.lock")).ok();
        let dir = course.scratch_dir(purpose);
        fs::create_dir_all(&dir)?;
        let lock = take_lock(&dir.join(".lock"))?;
        Ok(Scratch {
            course,
            dir,
            member: member_folder(course, purpose),
            workspace_manifest: manifest,
            lockfile,
            _lock: lock,
        })
    }

    /// Writes `tree` as the only member of a scratch workspace that keeps the
    /// course's `[workspace.dependencies]`, lints, profiles and lockfile (so
    /// that cargo picks the very builds of the dependencies it made for
    /// `cargo test -p kata-NN`), and returns the kata's folder in it. The
    /// same kata always lands in the same folder, so that incremental builds
    /// carry over from one variant to the next.
    pub fn workspace(&self, kata: &Kata, tree: &Tree) -> Result<PathBuf> {
        let root = self.workspace_root(kata);
        self.write_workspace(&root, &[kata.folder.as_str()])?;
        let crate_dir = member_dir(&root, &self.member, &kata.folder);
        files::replace_tree(&crate_dir, tree)?;
        Ok(crate_dir)
    }

    /// One workspace whose members are all of `katas`, for `verify`, which
    /// builds every kata's variant of a round in one cargo run (side by side
    /// on every core, one build of the dependencies for all of them). Writes
    /// its manifest and lockfile and returns its root; the katas' files go in
    /// with [`Scratch::write_member`].
    pub fn shared_workspace(&self, folders: &[&str]) -> Result<PathBuf> {
        let root = self.shared_root();
        // In one order whatever the caller's: every member inherits from
        // this manifest, so cargo rebuilds them all when its file changes,
        // even if only the order of the members did.
        let mut folders = folders.to_vec();
        folders.sort_unstable();
        folders.dedup();
        self.write_workspace(&root, &folders)?;
        Ok(root)
    }

    /// The root of the one workspace that `verify` shares between katas.
    fn shared_root(&self) -> PathBuf {
        self.dir.join(SHARED_WORKSPACE)
    }

    /// A workspace's manifest, whose members are `folders` (each in the
    /// member folder), and the course's lockfile beside it.
    fn write_workspace(&self, root: &Path, folders: &[&str]) -> Result<()> {
        fs::create_dir_all(root)?;
        let members: Vec<String> = folders
            .iter()
            .map(|folder| format!("{}/{folder}", self.member))
            .collect();
        write_if_changed(
            &root.join("Cargo.toml"),
            self.manifest_with(members)?.as_bytes(),
        )?;
        if let Some(lockfile) = &self.lockfile {
            write_if_changed(&root.join("Cargo.lock"), lockfile)?;
        }
        Ok(())
    }

    /// Writes `tree` as the member `folder` of the shared workspace, and
    /// returns where. Files that did not change keep their times, so that
    /// cargo rebuilds only the members whose files changed since the last
    /// round.
    pub fn write_member(&self, folder: &str, tree: &Tree) -> Result<PathBuf> {
        let crate_dir = member_dir(&self.shared_root(), &self.member, folder);
        files::replace_tree(&crate_dir, tree)?;
        Ok(crate_dir)
    }

    /// Writes `tree` as the member `folder` only if that member is not there
    /// yet: a member that an earlier run left stays as it is, built.
    pub fn keep_member(&self, folder: &str, tree: &Tree) -> Result<PathBuf> {
        let crate_dir = member_dir(&self.shared_root(), &self.member, folder);
        if !crate_dir.join("Cargo.toml").is_file() {
            files::replace_tree(&crate_dir, tree)?;
        }
        Ok(crate_dir)
    }

    /// The scratch workspace of `kata`, which holds its `Cargo.toml`.
    pub fn workspace_root(&self, kata: &Kata) -> PathBuf {
        workspace_root(&self.dir, kata)
    }

    fn manifest_with(&self, members: Vec<String>) -> Result<String> {
        let mut manifest: toml::Table = toml::from_str(&self.workspace_manifest)
            .context("the course's Cargo.toml is not valid TOML")?;
        let workspace = manifest
            .get_mut("workspace")
            .and_then(toml::Value::as_table_mut)
            .context("the course's Cargo.toml has no [workspace] table")?;
        let members = members.into_iter().map(toml::Value::from).collect();
        workspace.insert("members".into(), toml::Value::Array(members));
        workspace.remove("default-members");
        Ok(toml::to_string(&manifest)?)
    }

    /// Builds the tests of every member of the shared workspace at once.
    pub fn build_all(&self, lints: Lints) -> Result<std::collections::BTreeMap<PathBuf, Build>> {
        build::build_members(&self.course.cargo, &self.shared_root(), lints)
    }

    /// Builds the tests of the kata in `crate_dir` (a folder `workspace` made).
    pub fn build(&self, crate_dir: &Path, lints: Lints) -> Result<Build> {
        build::build_tests(&self.course.cargo, crate_dir, None, lints)
    }
}

/// The shared workspace's folder, in a scratch folder.
const SHARED_WORKSPACE: &str = "ws";

/// Where [`Scratch::workspace`] puts `kata` for `purpose`, without making it.
pub fn crate_dir(course: &Course, purpose: &str, kata: &Kata) -> PathBuf {
    let root = workspace_root(&course.scratch_dir(purpose), kata);
    member_dir(&root, &member_folder(course, purpose), &kata.folder)
}

/// A kata's own workspace in the scratch folder `dir`.
fn workspace_root(dir: &Path, kata: &Kata) -> PathBuf {
    dir.join(format!("{SHARED_WORKSPACE}-{}", kata.folder))
}

/// A kata's folder in the workspace at `root`.
fn member_dir(root: &Path, member: &str, folder: &str) -> PathBuf {
    root.join(member).join(folder)
}

/// Cargo names a workspace member's build outputs by its path relative to
/// its workspace root, not by where the workspace is. Two scratch workspaces
/// with the kata at the same relative path would therefore share one slot in
/// the shared target directory, and one could run the other's test binary:
/// cargo sees its own files older than the other's build and thinks nothing
/// changed. The member's path names the purpose and the course copy, so that
/// `check`, `verify` and `dev` of every copy of the course each have a slot
/// of their own (within one, the lock keeps runs apart).
fn member_folder(course: &Course, purpose: &str) -> String {
    let root = course
        .root
        .canonicalize()
        .unwrap_or_else(|_| course.root.clone());
    let hash = files::fingerprint([root.to_string_lossy().as_bytes()]);
    format!("{purpose}-{hash}")
}

fn take_lock(path: &Path) -> Result<std::fs::File> {
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)?
        .into_parts()
        .0;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => {
            eprintln!(
                "waiting: another `cargo kata` is using {} (a check in another terminal?)",
                path.parent().unwrap_or(path).display()
            );
            file.lock()
                .with_context(|| format!("cannot lock {}", path.display()))?;
            Ok(file)
        }
        Err(std::fs::TryLockError::Error(error)) => {
            Err(error).with_context(|| format!("cannot lock {}", path.display()))
        }
    }
}

/// A file rewritten with the same bytes still looks new to cargo.
fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<()> {
    if fs::read(path).ok().as_deref() != Some(bytes) {
        fs::write(path, bytes)?;
    }
    Ok(())
}
