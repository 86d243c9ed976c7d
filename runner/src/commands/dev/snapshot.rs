//! `cargo kata dev snapshot [NN]`: record the kata folder as its
//! starter, for `reset` and `verify`.

use anyhow::Result;

use crate::course::{Course, Kata};
use crate::starters;
use crate::verdict::Verdict;

pub fn run(course: &Course, id: Option<&str>) -> Result<Verdict> {
    let katas: Vec<&Kata> = match id {
        Some(id) => vec![course.find(id)?],
        None => course.katas.iter().collect(),
    };
    for kata in katas {
        starters::record(course, kata)?;
        println!(
            "recorded katas/{} as the starter of kata {}",
            kata.folder, kata.id
        );
    }
    Ok(Verdict::Done)
}
