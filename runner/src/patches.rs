//! Mutants as unified diffs: `solutions/<kata>/mutants/<name>.patch`, against
//! the kata as it stands solved, paths relative to the kata folder with `a/`
//! and `b/` in front (as `git diff` writes them). Applying and recording
//! both go through diffy; a patch is applied whole or not at all.

use std::fmt;

use diffy::patch_set::{FileOperation, ParseOptions, PatchKind, PatchSet};

use crate::files::{self, Tree};

/// Why a patch could not be applied, or recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatchError {
    /// The file of the kata it concerns, when there is one.
    pub file: Option<String>,
    pub problem: String,
}

impl fmt::Display for PatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.file {
            Some(file) => write!(f, "{file}: {}", self.problem),
            None => f.write_str(&self.problem),
        }
    }
}

impl std::error::Error for PatchError {}

fn problem(file: Option<&str>, problem: impl Into<String>) -> PatchError {
    PatchError {
        file: file.map(str::to_string),
        problem: problem.into(),
    }
}

/// The files a patch changes, as kata-relative paths.
pub fn touched(patch: &str) -> Result<Vec<String>, PatchError> {
    Ok(parse(patch)?.into_iter().map(|(path, _)| path).collect())
}

/// `base` with `patch` applied. Every file's every hunk must apply, or
/// nothing is: the result is built in memory and returned only whole.
pub fn apply(base: &Tree, patch: &str) -> Result<Tree, PatchError> {
    let mut result = base.clone();
    for (path, file_patch) in parse(patch)? {
        let Some(bytes) = base.get(&path) else {
            return Err(problem(
                Some(&path),
                "the patch changes this file, but the kata has no such file",
            ));
        };
        let text = String::from_utf8(files::normalise_newlines(bytes))
            .map_err(|_| problem(Some(&path), "the file is not UTF-8 text"))?;
        let patched = diffy::apply(&text, &file_patch).map_err(|error| {
            let hunks = file_patch.hunks().len();
            // diffy says "error applying hunk #N".
            let which = error
                .to_string()
                .rsplit('#')
                .next()
                .unwrap_or("?")
                .to_string();
            problem(
                Some(&path),
                format!("hunk {which} of {hunks} does not match the file any more"),
            )
        })?;
        result.insert(path, patched.into_bytes());
    }
    Ok(result)
}

/// The patch that turns `base` into `edited`, for the files that differ.
/// Every differing file must exist in both.
pub fn create(base: &Tree, edited: &Tree) -> Result<String, PatchError> {
    let mut patch = String::new();
    for path in files::differences(base, edited) {
        let (Some(old), Some(new)) = (base.get(&path), edited.get(&path)) else {
            return Err(problem(
                Some(&path),
                "a mutant changes files the kata has; it may not add or delete one",
            ));
        };
        let old = text(&path, old)?;
        let new = text(&path, new)?;
        let file_patch = diffy::DiffOptions::new()
            .set_original_filename(format!("a/{path}"))
            .set_modified_filename(format!("b/{path}"))
            .create_patch(&old, &new);
        patch.push_str(&file_patch.to_string());
    }
    Ok(patch)
}

fn text(path: &str, bytes: &[u8]) -> Result<String, PatchError> {
    String::from_utf8(files::normalise_newlines(bytes))
        .map_err(|_| problem(Some(path), "the file is not UTF-8 text"))
}

type FilePatches<'a> = Vec<(String, diffy::Patch<'a, str>)>;

/// Each file of a (possibly multi-file) patch, with its kata-relative path.
fn parse(patch: &str) -> Result<FilePatches<'_>, PatchError> {
    let mut parsed = Vec::new();
    for file_patch in PatchSet::parse(patch, ParseOptions::unidiff()) {
        let file_patch = file_patch
            .map_err(|error| problem(None, format!("the patch cannot be read: {error}")))?;
        let path = match file_patch.operation().strip_prefix(1) {
            FileOperation::Modify { original, modified } if original == modified => {
                original.into_owned()
            }
            FileOperation::Modify { original, modified } => {
                return Err(problem(
                    Some(&original),
                    format!("the patch renames it to {modified}; a mutant only changes files"),
                ));
            }
            FileOperation::Create(path) | FileOperation::Delete(path) => {
                return Err(problem(
                    Some(&path),
                    "the patch creates or deletes it; a mutant only changes files",
                ));
            }
            FileOperation::Rename { from, .. } | FileOperation::Copy { from, .. } => {
                return Err(problem(
                    Some(&from),
                    "the patch renames or copies it; a mutant only changes files",
                ));
            }
        };
        let PatchKind::Text(text) = file_patch.into_patch() else {
            return Err(problem(Some(&path), "a binary patch; mutants are text"));
        };
        parsed.push((path, text));
    }
    if parsed.is_empty() {
        return Err(problem(None, "the patch changes no file"));
    }
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(files: &[(&str, &str)]) -> Tree {
        files
            .iter()
            .map(|(path, text)| (path.to_string(), text.as_bytes().to_vec()))
            .collect()
    }

    const LIB: &str = "pub fn double(n: i32) -> i32 {\n    n * 2\n}\n\npub fn half(n: i32) -> i32 {\n    n / 2\n}\n";

    #[test]
    fn a_recorded_patch_applies_back_to_the_edit() {
        let base = tree(&[("src/lib.rs", LIB), ("tests/t.rs", "#[test]\nfn t() {}\n")]);
        let edited = tree(&[
            ("src/lib.rs", &LIB.replace("n * 2", "n + 1")),
            ("tests/t.rs", "#[test]\nfn t() {}\n"),
        ]);
        let patch = create(&base, &edited).unwrap();
        assert!(
            patch.starts_with("--- a/src/lib.rs\n+++ b/src/lib.rs\n"),
            "{patch}"
        );
        assert!(patch.contains("-    n * 2\n+    n + 1\n"), "{patch}");
        assert_eq!(touched(&patch).unwrap(), ["src/lib.rs"]);
        assert_eq!(apply(&base, &patch).unwrap(), edited);
    }

    #[test]
    fn a_patch_applies_after_the_code_around_it_moved() {
        let base = tree(&[("src/lib.rs", LIB)]);
        let edited = tree(&[("src/lib.rs", &LIB.replace("n / 2", "n / 3"))]);
        let patch = create(&base, &edited).unwrap();
        let moved = tree(&[("src/lib.rs", &format!("//! A new doc line.\n\n{LIB}"))]);
        let applied = apply(&moved, &patch).unwrap();
        assert!(String::from_utf8_lossy(&applied["src/lib.rs"]).contains("n / 3"));
    }

    #[test]
    fn a_patch_that_no_longer_matches_names_its_file_and_hunk_and_changes_nothing() {
        let base = tree(&[("src/a.rs", "one\n"), ("src/lib.rs", LIB)]);
        let patch = "--- a/src/a.rs\n+++ b/src/a.rs\n@@ -1 +1 @@\n-one\n+two\n\
                     --- a/src/lib.rs\n+++ b/src/lib.rs\n@@ -2 +2 @@\n-    n * 3\n+    n * 4\n";
        let error = apply(&base, patch).unwrap_err();
        assert_eq!(error.file.as_deref(), Some("src/lib.rs"));
        assert_eq!(
            error.problem,
            "hunk 1 of 1 does not match the file any more"
        );
    }

    #[test]
    fn a_patch_must_change_existing_files_only() {
        let base = tree(&[("src/lib.rs", LIB)]);
        let new_file = "--- /dev/null\n+++ b/src/extra.rs\n@@ -0,0 +1 @@\n+pub fn x() {}\n";
        assert!(
            apply(&base, new_file)
                .unwrap_err()
                .problem
                .contains("creates or deletes")
        );
        let not_a_patch = apply(&base, "just words, no diff\n").unwrap_err();
        assert!(
            not_a_patch.problem.contains("no valid patches"),
            "{not_a_patch}"
        );
    }

    #[test]
    fn crlf_files_take_a_patch_made_with_lf() {
        let base = tree(&[("src/lib.rs", &LIB.replace('\n', "\r\n"))]);
        let edited = tree(&[("src/lib.rs", &LIB.replace("n * 2", "n + 1"))]);
        let patch = create(&tree(&[("src/lib.rs", LIB)]), &edited).unwrap();
        assert_eq!(apply(&base, &patch).unwrap(), edited);
    }
}
