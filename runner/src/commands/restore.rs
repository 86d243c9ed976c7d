//! `cargo kata restore NN [BACKUP] [--list]`: the way back from a backup.
//! `reset` and `solve` keep the learner's files before they replace them;
//! this puts a backup back (the newest by default), after backing up the
//! files the kata holds now, so that nothing is ever lost.

use anyhow::{Result, bail};

use crate::backup::{self, Backup};
use crate::course::{Course, Kata};
use crate::files;
use crate::starters;
use crate::ui::{self, BOLD};
use crate::verdict::Verdict;

pub fn run(course: &Course, id: &str, name: Option<&str>, list: bool) -> Result<Verdict> {
    let kata = course.find(id)?;
    let backups = backup::list(course, kata)?;
    if list {
        print_list(course, kata, &backups);
        return Ok(Verdict::Done);
    }
    let chosen = match name {
        None => match backups.last() {
            Some(newest) => newest,
            None => bail!(
                "kata {} has no backup to restore: `cargo kata reset {}` and `cargo kata solve {}` \
                 make one before they replace your files",
                kata.id,
                kata.id,
                kata.id
            ),
        },
        Some(name) => {
            let wanted = name.trim_end_matches(['/', '\\']);
            match backups
                .iter()
                .find(|b| b.name == wanted || b.path.ends_with(wanted))
            {
                Some(backup) => backup,
                None => bail!(
                    "kata {} has no backup {name:?}; `cargo kata restore {} --list` lists its backups",
                    kata.id,
                    kata.id
                ),
            }
        }
    };
    let saved = files::read_tree(&chosen.path, &[])?;
    let dir = course.kata_dir(kata);
    if dir.exists() {
        let now = files::read_tree(&dir, &[])?;
        if files::differences(&now, &saved).is_empty() {
            println!(
                "kata {} already holds the files of {}; nothing to do",
                kata.id, chosen.name
            );
            return Ok(Verdict::Done);
        }
        // An untouched starter needs no backup: `reset` brings it back.
        if !starters::changes(course, kata, &dir)?.is_empty() {
            let kept = backup::back_up(course, kata)?;
            println!(
                "the files kata {} held are saved in {} (`cargo kata restore {} --list` shows every backup)",
                kata.id,
                kept.display(),
                kata.id
            );
        }
    }
    files::replace_tree(&dir, &saved)?;
    println!(
        "kata {} holds your files of {} again: `cargo kata check {}`",
        kata.id, chosen.name, kata.id
    );
    Ok(Verdict::Done)
}

fn print_list(course: &Course, kata: &Kata, backups: &[Backup]) {
    if backups.is_empty() {
        println!("kata {} has no backups yet", kata.id);
        return;
    }
    anstream::println!(
        "{}",
        ui::paint(
            BOLD,
            format!(
                "backups of kata {}, oldest first, in {}:",
                kata.id,
                course.relative(&course.backups_dir(kata))
            )
        )
    );
    for (index, backup) in backups.iter().enumerate() {
        let newest = if index + 1 == backups.len() {
            "  (newest: what `cargo kata restore` puts back)"
        } else {
            ""
        };
        println!("  {}{newest}", backup.name);
    }
    println!(
        "`cargo kata restore {} NAME` puts one back, after saving what the kata holds now",
        kata.id
    );
}
