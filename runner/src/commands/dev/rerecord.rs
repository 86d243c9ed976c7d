//! `cargo kata dev rerecord NN`: after a change to a kata's solution or
//! starter, every mutant's patch is applied to the kata as it now stands
//! solved and recorded again against it (fresh line numbers and context).
//! A mutant that no longer applies is named, with the file and hunk, and the
//! command fails: it must be made again by hand.

use anyhow::{Result, bail};
use fs_err as fs;

use crate::course::Course;
use crate::mutants;
use crate::patches;
use crate::solutions;
use crate::verdict::Verdict;

pub fn run(course: &Course, id: &str) -> Result<Verdict> {
    let kata = course.find(id)?;
    if kata.mutants.is_empty() {
        println!("kata {} has no mutants", kata.id);
        return Ok(Verdict::Done);
    }
    let solved = solutions::solved(course, kata)?;
    let mut broken = Vec::new();
    for mutant in &kata.mutants {
        match mutants::apply(course, kata, mutant, &solved) {
            Err(error) => {
                eprintln!("error: {error:#}");
                broken.push(mutant.name.as_str());
            }
            Ok(applied) => {
                let new = patches::create(&solved, &applied.tree)?;
                if new == applied.patch {
                    println!("up to date   {}", mutant.name);
                } else {
                    fs::write(course.mutant_patch(kata, mutant), new)?;
                    println!("re-recorded  {}", mutant.name);
                }
            }
        }
    }
    if broken.is_empty() {
        println!(
            "every mutant of kata {} applies; `cargo kata dev verify {}` checks that each is caught",
            kata.id, kata.id
        );
        Ok(Verdict::Done)
    } else {
        bail!(
            "{} of {} mutants of kata {} no longer apply: {}",
            broken.len(),
            kata.mutants.len(),
            kata.id,
            broken.join(", ")
        )
    }
}
