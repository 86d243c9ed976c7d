//! The reference solution of a kata: its recorded starter with the
//! solution's overlay laid on it (only the files that differ, at the same
//! paths; the mutants' patches sit beside them and are not part of it).

use anyhow::Result;

use crate::course::{Course, Kata};
use crate::files::{self, Tree};
use crate::layout::MUTANTS_DIR;
use crate::starters;

/// The solution's own files: the overlay.
pub fn overlay(course: &Course, kata: &Kata) -> Result<Tree> {
    files::read_tree(&course.solution_dir(kata), &[MUTANTS_DIR])
}

/// The kata as it stands solved.
pub fn solved(course: &Course, kata: &Kata) -> Result<Tree> {
    let mut tree = starters::load(course, kata)?;
    tree.extend(overlay(course, kata)?);
    Ok(tree)
}
