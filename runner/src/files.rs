//! Folder trees as maps from relative path to contents: reading, writing,
//! copying and overlaying them. Paths are kept with `/` separators so that they
//! read the same on every platform and in `starters/*.toml`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Result;
// Its errors name the path that failed.
use fs_err as fs;

/// A folder's files, by relative path (`src/lib.rs`).
pub type Tree = BTreeMap<String, Vec<u8>>;

/// The package name that the `Cargo.toml` at the top of `tree` gives, if it
/// has one that can be read.
pub fn package_name(tree: &Tree) -> Option<String> {
    let manifest = tree.get("Cargo.toml")?;
    let manifest: toml::Table = toml::from_str(&String::from_utf8_lossy(manifest)).ok()?;
    manifest
        .get("package")?
        .get("name")?
        .as_str()
        .map(str::to_string)
}

/// Build output, editor droppings and hidden files are never part of a kata;
/// a kata's own `.gitignore` is (kata 12's keeps insta's pending snapshots
/// out of `git status`), so that `reset` brings it back.
fn is_ignored(name: &str) -> bool {
    name == "target"
        || (name.starts_with('.') && name != ".gitignore")
        || name.ends_with('~')
        || name.ends_with(".swp")
}

/// Reads every file under `dir`, skipping what [`is_ignored`] names.
/// `skip_top` names top-level folders to leave out (a solution's `mutants`).
pub fn read_tree(dir: &Path, skip_top: &[&str]) -> Result<Tree> {
    let mut tree = Tree::new();
    read_into(dir, "", skip_top, &mut tree)?;
    Ok(tree)
}

fn read_into(dir: &Path, prefix: &str, skip_top: &[&str], tree: &mut Tree) -> Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if is_ignored(&name) || (prefix.is_empty() && skip_top.contains(&name.as_str())) {
            continue;
        }
        let relative = if prefix.is_empty() {
            name
        } else {
            format!("{prefix}/{name}")
        };
        let path = entry.path();
        if path.is_dir() {
            read_into(&path, &relative, &[], tree)?;
        } else {
            tree.insert(relative, fs::read(&path)?);
        }
    }
    Ok(())
}

/// Turns `src/lib.rs` into a native path under `base`.
pub fn native(base: &Path, relative: &str) -> PathBuf {
    relative
        .split('/')
        .fold(base.to_path_buf(), |path, part| path.join(part))
}

/// Writes every file of `tree` under `dir`, creating folders as needed and
/// replacing files that are there. Files not in `tree` are left alone.
pub fn write_tree(dir: &Path, tree: &Tree) -> Result<()> {
    for (relative, bytes) in tree {
        let path = native(dir, relative);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(&path, bytes)?;
    }
    Ok(())
}

/// Makes `dir` hold exactly `tree` (besides a `target/` folder and what
/// [`read_tree`] ignores): files that are not in `tree` are removed, and
/// only files that differ are written. A file that is already right keeps
/// its modification time, so cargo does not rebuild because of it.
pub fn replace_tree(dir: &Path, tree: &Tree) -> Result<()> {
    let current = if dir.exists() {
        read_tree(dir, &[])?
    } else {
        Tree::new()
    };
    for relative in current.keys().filter(|path| !tree.contains_key(*path)) {
        let path = native(dir, relative);
        fs::remove_file(&path)?;
        // Folders the removal left empty go too; a folder that still holds
        // something refuses, which is the point.
        for parent in path.ancestors().skip(1).take_while(|p| *p != dir) {
            if std::fs::remove_dir(parent).is_err() {
                break;
            }
        }
    }
    fs::create_dir_all(dir)?;
    let changed: Tree = tree
        .iter()
        .filter(|(path, bytes)| current.get(*path) != Some(*bytes))
        .map(|(path, bytes)| (path.clone(), bytes.clone()))
        .collect();
    write_tree(dir, &changed)
}

/// Replaces `path` whole or not at all: `fill` writes a partial file beside
/// it (`<name>.partial`), which is then renamed over it, so that a crash
/// never leaves half a file where the runner or a learner would read it.
pub fn replace_atomically(
    path: &Path,
    fill: impl FnOnce(&Path) -> std::io::Result<()>,
) -> Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".partial");
    let partial = path.with_file_name(name);
    if let Err(error) = fill(&partial) {
        let _ = std::fs::remove_file(&partial);
        return Err(
            anyhow::Error::new(error).context(format!("cannot write {}", partial.display()))
        );
    }
    fs::rename(&partial, path)?;
    Ok(())
}

/// [`replace_atomically`] with these bytes.
pub fn write_atomic(path: &Path, bytes: impl AsRef<[u8]>) -> Result<()> {
    replace_atomically(path, |partial| std::fs::write(partial, bytes.as_ref()))
}

/// FNV-1a (64 bits) over `parts`, each followed by a zero byte, as 16 hex
/// digits: stable across runs, platforms and toolchains, which the standard
/// library's hasher does not promise. The learner's progress keeps these, so
/// the algorithm never changes.
pub fn fingerprint<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &byte in part.iter().chain([0u8].iter()) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The fingerprint of a whole tree, paths and contents.
pub fn tree_fingerprint(tree: &Tree) -> String {
    fingerprint(
        tree.iter()
            .flat_map(|(path, bytes)| [path.as_bytes(), bytes.as_slice()]),
    )
}

/// Contents compared as text where they are text, so that a checkout that
/// turned LF into CRLF (git on Windows) still counts as unchanged.
pub fn same_contents(a: &[u8], b: &[u8]) -> bool {
    a == b || normalise_newlines(a) == normalise_newlines(b)
}

/// CRLF turned into LF; other bytes as they are.
pub fn normalise_newlines(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    for (i, &byte) in bytes.iter().enumerate() {
        if !(byte == b'\r' && bytes.get(i + 1) == Some(&b'\n')) {
            out.push(byte);
        }
    }
    out
}

/// The paths at which two trees differ: changed, added or removed.
pub fn differences(a: &Tree, b: &Tree) -> Vec<String> {
    let mut paths: Vec<String> = a
        .iter()
        .filter(|(path, bytes)| {
            b.get(*path)
                .is_none_or(|other| !same_contents(bytes, other))
        })
        .map(|(path, _)| path.clone())
        .collect();
    paths.extend(b.keys().filter(|path| !a.contains_key(*path)).cloned());
    paths.sort();
    paths
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tree_survives_a_round_trip_and_ignores_build_output() {
        let dir = tempfile::tempdir().unwrap();
        let mut tree = Tree::new();
        tree.insert("Cargo.toml".into(), b"[package]\n".to_vec());
        tree.insert("src/lib.rs".into(), b"pub fn f() {}\n".to_vec());
        tree.insert("tests/it/main.rs".into(), b"mod helpers;\n".to_vec());
        write_tree(dir.path(), &tree).unwrap();
        fs::create_dir_all(dir.path().join("target/debug")).unwrap();
        fs::write(dir.path().join("target/debug/junk"), "x").unwrap();
        fs::write(dir.path().join("src/lib.rs~"), "editor backup").unwrap();

        assert_eq!(read_tree(dir.path(), &[]).unwrap(), tree);
    }

    #[test]
    fn replace_tree_removes_files_that_are_not_in_the_new_tree() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("tests/old")).unwrap();
        fs::write(dir.path().join("tests/old/extra.rs"), "learner's file").unwrap();
        let tree = Tree::from([("src/lib.rs".to_string(), b"//".to_vec())]);

        replace_tree(dir.path(), &tree).unwrap();

        assert_eq!(read_tree(dir.path(), &[]).unwrap(), tree);
        assert!(!dir.path().join("tests").exists(), "empty folders go too");
    }

    #[test]
    fn replace_tree_leaves_files_that_are_already_right_alone() {
        let dir = tempfile::tempdir().unwrap();
        let tree = Tree::from([
            ("src/lib.rs".to_string(), b"// same".to_vec()),
            ("src/other.rs".to_string(), b"// old".to_vec()),
        ]);
        write_tree(dir.path(), &tree).unwrap();
        let lib = dir.path().join("src/lib.rs");
        let before = fs::metadata(&lib).unwrap().modified().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        let mut new = tree.clone();
        new.insert("src/other.rs".into(), b"// new".to_vec());

        replace_tree(dir.path(), &new).unwrap();

        assert_eq!(fs::metadata(&lib).unwrap().modified().unwrap(), before);
        assert_eq!(read_tree(dir.path(), &[]).unwrap(), new);
    }

    #[test]
    fn crlf_and_lf_count_as_the_same_text() {
        assert!(same_contents(b"a\r\nb\r\n", b"a\nb\n"));
        assert!(!same_contents(b"a\nb\n", b"a\nc\n"));
    }

    #[test]
    fn differences_name_changed_added_and_removed_files() {
        let a = Tree::from([
            ("same".to_string(), b"1".to_vec()),
            ("changed".into(), b"1".to_vec()),
            ("gone".into(), b"1".to_vec()),
        ]);
        let b = Tree::from([
            ("same".to_string(), b"1".to_vec()),
            ("changed".into(), b"2".to_vec()),
            ("new".into(), b"1".to_vec()),
        ]);
        assert_eq!(differences(&a, &b), ["changed", "gone", "new"]);
    }
}
