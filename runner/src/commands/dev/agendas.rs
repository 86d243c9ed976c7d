//! `cargo kata dev agendas`: writes the instructor guide's agendas, computed
//! from course.toml, between their markers in `book/instructor-guide.md`.

use anyhow::{Context, Result};
use fs_err as fs;

use crate::agendas::{self, GUIDE};
use crate::course::Course;
use crate::layout::BOOK_DIR;
use crate::verdict::Verdict;

pub fn run(course: &Course) -> Result<Verdict> {
    let workshop = course
        .workshop
        .as_ref()
        .context("course.toml has no [workshop] table to compute agendas from")?;
    let path = course.root.join(BOOK_DIR).join(GUIDE);
    let guide = fs::read_to_string(&path)?;
    let rewritten = agendas::rewrite_guide(course, workshop, &guide)?;
    if rewritten == guide {
        println!("the agendas of book/{GUIDE} are up to date");
    } else {
        fs::write(&path, rewritten)?;
        println!("rewrote the agendas of book/{GUIDE} from course.toml");
    }
    for agenda in &workshop.agendas {
        if let Some(problem) = agendas::fit_problem(course, workshop, agenda)? {
            eprintln!("warning: {problem}");
        }
    }
    Ok(Verdict::Done)
}
