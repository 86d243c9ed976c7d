//! `cargo kata dev scratch NN [--mutant NAME]`: a solved copy of a kata in a
//! workspace of its own, to put a bug in and record it as a mutant with
//! `cargo kata dev record`. Prints the copy's path.

use std::path::PathBuf;

use anyhow::{Result, bail};

use crate::course::{Course, Kata};
use crate::files;
use crate::mutants;
use crate::scratch::{self, Scratch};
use crate::solutions;
use crate::verdict::Verdict;

pub const PURPOSE: &str = "kata-dev";

/// Where the copy of `kata` is, once made.
pub fn copy_dir(course: &Course, kata: &Kata) -> PathBuf {
    scratch::crate_dir(course, PURPOSE, kata)
}

pub fn run(course: &Course, id: &str, mutant: Option<&str>, fresh: bool) -> Result<Verdict> {
    let kata = course.find(id)?;
    let solved = solutions::solved(course, kata)?;
    let tree = match mutant {
        None => solved.clone(),
        Some(name) => {
            let Some(mutant) = kata.mutants.iter().find(|m| m.name == name) else {
                bail!(
                    "kata {} has no mutant `{name}`; its mutants: {}",
                    kata.id,
                    names(kata)
                );
            };
            mutants::apply(course, kata, mutant, &solved)?.tree
        }
    };
    let dir = copy_dir(course, kata);
    if !fresh && dir.exists() {
        let edits = files::differences(&solved, &files::read_tree(&dir, &[])?);
        if !edits.is_empty() {
            bail!(
                "{} holds edits not recorded yet ({}); record them with `cargo kata dev record {} NAME`, or start over with --fresh",
                dir.display(),
                edits.join(", "),
                kata.id
            );
        }
    }
    let made = Scratch::new(course, PURPOSE)?.workspace(kata, &tree)?;
    println!("{}", made.display());
    eprintln!(
        "a solved copy of kata {}{}: put one bug in its src/ (`cargo test` there shows the reference tests catch it), then `cargo kata dev record {} NAME --description \"...\"`",
        kata.id,
        mutant
            .map(|m| format!(" with mutant `{m}`"))
            .unwrap_or_default(),
        kata.id
    );
    Ok(Verdict::Done)
}

fn names(kata: &Kata) -> String {
    let names: Vec<&str> = kata.mutants.iter().map(|m| m.name.as_str()).collect();
    if names.is_empty() {
        "none yet".into()
    } else {
        names.join(", ")
    }
}
