//! Folder trees as maps from relative path to contents: reading, writing,
//! copying and overlaying them. Paths are kept with `/` separators so that they
//! read the same on every platform and in `starters/*.toml`.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// A folder's files, by relative path (`src/lib.rs`).
pub type Tree = BTreeMap<String, Vec<u8>>;

/// Build output, editor droppings and hidden files are never part of a kata.
fn is_ignored(name: &str) -> bool {
    name == "target" || name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp")
}

/// Reads every file under `dir`, skipping what [`is_ignored`] names.
/// `skip_top` names top-level folders to leave out (a solution's `mutants`).
pub fn read_tree(dir: &Path, skip_top: &[&str]) -> Result<Tree> {
    let mut tree = Tree::new();
    read_into(dir, "", skip_top, &mut tree)?;
    Ok(tree)
}

fn read_into(dir: &Path, prefix: &str, skip_top: &[&str], tree: &mut Tree) -> Result<()> {
    let entries =
        fs::read_dir(dir).with_context(|| format!("cannot read folder {}", dir.display()))?;
    for entry in entries {
        let entry = entry.with_context(|| format!("cannot read folder {}", dir.display()))?;
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
            let bytes =
                fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
            tree.insert(relative, bytes);
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
            fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        fs::write(&path, bytes).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

/// Makes `dir` hold exactly `tree`: clears it first (keeping a `target/`
/// folder, if any, so builds stay warm), then writes the files.
pub fn replace_tree(dir: &Path, tree: &Tree) -> Result<()> {
    if dir.exists() {
        for entry in
            fs::read_dir(dir).with_context(|| format!("cannot read folder {}", dir.display()))?
        {
            let path = entry?.path();
            if path.file_name().is_some_and(|name| name == "target") {
                continue;
            }
            let removed = if path.is_dir() {
                fs::remove_dir_all(&path)
            } else {
                fs::remove_file(&path)
            };
            removed.with_context(|| format!("cannot remove {}", path.display()))?;
        }
    }
    fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    write_tree(dir, tree)
}

/// Contents compared as text where they are text, so that a checkout that
/// turned LF into CRLF (git on Windows) still counts as unchanged.
pub fn same_contents(a: &[u8], b: &[u8]) -> bool {
    a == b || normalise_newlines(a) == normalise_newlines(b)
}

fn normalise_newlines(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    for (i, &byte) in bytes.iter().enumerate() {
        if !(byte == b'\r' && bytes.get(i + 1) == Some(&b'\n')) {
            out.push(byte);
        }
    }
    out
}

/// How many lines one text has that the other lacks, counted both ways (a
/// moved line counts as none): a cheap lower bound on the size of an edit.
pub fn changed_lines(a: &[u8], b: &[u8]) -> usize {
    let mut counts: HashMap<&[u8], isize> = HashMap::new();
    for line in a.split(|&byte| byte == b'\n') {
        *counts
            .entry(line.strip_suffix(b"\r").unwrap_or(line))
            .or_default() += 1;
    }
    for line in b.split(|&byte| byte == b'\n') {
        *counts
            .entry(line.strip_suffix(b"\r").unwrap_or(line))
            .or_default() -= 1;
    }
    counts.values().map(|count| count.unsigned_abs()).sum()
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
        fs::create_dir_all(dir.path().join("tests")).unwrap();
        fs::write(dir.path().join("tests/extra.rs"), "learner's file").unwrap();
        let tree = Tree::from([("src/lib.rs".to_string(), b"//".to_vec())]);

        replace_tree(dir.path(), &tree).unwrap();

        assert_eq!(read_tree(dir.path(), &[]).unwrap(), tree);
    }

    #[test]
    fn crlf_and_lf_count_as_the_same_text() {
        assert!(same_contents(b"a\r\nb\r\n", b"a\nb\n"));
        assert!(!same_contents(b"a\nb\n", b"a\nc\n"));
    }

    #[test]
    fn changed_lines_counts_what_each_side_lacks() {
        assert_eq!(changed_lines(b"a\nb\nc\n", b"a\nb\nc\n"), 0);
        assert_eq!(changed_lines(b"a\nb\nc\n", b"a\nX\nc\n"), 2);
        assert_eq!(changed_lines(b"a\nb\n", b"a\nb\nc\nd\n"), 2);
        assert_eq!(changed_lines(b"a\r\nb\r\n", b"a\nb\n"), 0);
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
