//! Recorded starters: the starting point of each kata, kept in
//! `starters/<kata>.toml` so that `reset` works without git and `verify`
//! checks the starter a learner gets even after they have edited `katas/`.
//!
//! A maintainer who changes a kata's starter records it again with
//! `cargo kata dev snapshot NN`; CI fails while a recording is out of date.

use std::path::Path;

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

use crate::course::{Course, Kata};
use crate::files::{self, Tree};

const HEADER: &str = "# The recorded starter of a kata: what `cargo kata reset` restores and what\n\
# `cargo kata dev verify` checks. Written by `cargo kata dev snapshot`; do not edit by hand.\n\n";

#[derive(Serialize, Deserialize)]
struct Recording {
    file: Vec<RecordedFile>,
}

#[derive(Serialize, Deserialize)]
struct RecordedFile {
    path: String,
    text: String,
}

/// The recorded starter of `kata`.
pub fn load(course: &Course, kata: &Kata) -> Result<Tree> {
    let path = course.starter_file(kata);
    let text = std::fs::read_to_string(&path).with_context(|| {
        format!(
            "kata {}'s recorded starter {} is missing; a maintainer records it with `cargo kata dev snapshot {}`",
            kata.id,
            path.display(),
            kata.id
        )
    })?;
    let recording: Recording = toml::from_str(&text).with_context(|| {
        format!(
            "{} is damaged; restore it from the course repository",
            path.display()
        )
    })?;
    Ok(recording
        .file
        .into_iter()
        .map(|f| (f.path, f.text.into_bytes()))
        .collect())
}

/// Records the kata's current folder as its starter.
pub fn record(course: &Course, kata: &Kata) -> Result<()> {
    let tree = files::read_tree(&course.kata_dir(kata), &[])?;
    let file = tree
        .into_iter()
        .map(|(path, bytes)| match String::from_utf8(bytes) {
            Ok(text) => Ok(RecordedFile {
                path,
                text: text.replace("\r\n", "\n"),
            }),
            Err(_) => bail!(
                "kata {}: {path} is not UTF-8 text; katas hold text files only",
                kata.id
            ),
        })
        .collect::<Result<Vec<_>>>()?;
    let body = toml::to_string(&Recording { file })?;
    let path = course.starter_file(kata);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(&path, format!("{HEADER}{body}"))
        .with_context(|| format!("cannot write {}", path.display()))
}

/// The files where `dir` differs from the recorded starter.
pub fn changes(course: &Course, kata: &Kata, dir: &Path) -> Result<Vec<String>> {
    let recorded = load(course, kata)?;
    let current = files::read_tree(dir, &[])?;
    Ok(files::differences(&recorded, &current))
}
