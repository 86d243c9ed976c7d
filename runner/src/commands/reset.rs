//! `cargo kata reset NN`: the kata back to its starter, the learner's files
//! kept in a backup first. Works without git: the starter is recorded in
//! `starters/`.

use anyhow::Result;

use crate::backup;
use crate::course::Course;
use crate::files;
use crate::starters;
use crate::verdict::Verdict;

pub fn run(course: &Course, id: &str) -> Result<Verdict> {
    let kata = course.find(id)?;
    let starter = starters::load(course, kata)?;
    let dir = course.kata_dir(kata);
    if dir.exists() && starters::changes(course, kata, &dir)?.is_empty() {
        println!("kata {} is already at its starter; nothing to do", kata.id);
        return Ok(Verdict::Done);
    }
    if dir.exists() {
        let saved = backup::back_up(course, kata)?;
        println!(
            "your files are saved in {}; `cargo kata restore {}` brings them back",
            saved.display(),
            kata.id
        );
    }
    files::replace_tree(&dir, &starter)?;
    println!(
        "kata {} is back at its starter: `cargo test -p {}`",
        kata.id,
        kata.package()
    );
    Ok(Verdict::Done)
}
