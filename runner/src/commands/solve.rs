//! `cargo kata solve NN`: replace the kata with its reference solution, after
//! a confirmation and with the learner's files kept in a backup.

use std::io::{BufRead, IsTerminal, Write};

use anyhow::{Result, bail};

use crate::backup;
use crate::course::Course;
use crate::files;
use crate::solutions;
use crate::starters;
use crate::verdict::Verdict;

pub fn run(course: &Course, id: &str, yes: bool) -> Result<Verdict> {
    let kata = course.find(id)?;
    let solved = solutions::solved(course, kata)?;
    let dir = course.kata_dir(kata);
    if !yes
        && !confirm(&format!(
            "Replace katas/{} with the reference solution? Your files are backed up first. [y/N] ",
            kata.folder
        ))?
    {
        println!("nothing changed");
        return Ok(Verdict::Done);
    }
    // An untouched starter needs no backup: `reset` brings it back.
    if dir.exists() && !starters::changes(course, kata, &dir)?.is_empty() {
        let saved = backup::back_up(course, kata)?;
        println!(
            "your files are saved in {}; `cargo kata restore {}` brings them back",
            saved.display(),
            kata.id
        );
    }
    files::replace_tree(&dir, &solved)?;
    println!(
        "kata {} now holds the reference solution: `cargo test -p {}` passes; `cargo kata reset {}` brings the starter back",
        kata.id,
        kata.package(),
        kata.id
    );
    Ok(Verdict::Done)
}

fn confirm(question: &str) -> Result<bool> {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        bail!("not replacing your work without a confirmation: add --yes to `cargo kata solve`");
    }
    print!("{question}");
    std::io::stdout().flush()?;
    let mut answer = String::new();
    stdin.lock().read_line(&mut answer)?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "Yes"))
}
