//! Where a learner stands on each kata, from the progress file and the kata
//! folders; and rebuilding the progress file when it was lost.

use anyhow::{Result, bail};

use crate::course::{Course, Kata};
use crate::evaluate;
use crate::files;
use crate::progress::Progress;
use crate::starters;
use crate::ui::{self, NOTE};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Untouched: the kata is its recorded starter.
    New,
    /// Changed, and not (or no longer) passing its check.
    Started,
    /// Passed its check with the files it has now.
    Done,
    /// The folder is gone or unreadable.
    Missing,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Started => "started",
            Status::Done => "done",
            Status::Missing => "missing",
        }
    }
}

pub fn of(course: &Course, kata: &Kata, progress: &Progress) -> Status {
    let Ok(tree) = files::read_tree(&course.kata_dir(kata), &[]) else {
        return Status::Missing;
    };
    if progress.is_done(kata, &tree) {
        return Status::Done;
    }
    match starters::load(course, kata) {
        Ok(starter) if files::differences(&starter, &tree).is_empty() => Status::New,
        _ => Status::Started,
    }
}

/// The kata the learner is on: the one the progress file names, unless it is
/// done; then the next one that is not done (wrapping round); else the last.
pub fn current<'a>(course: &'a Course, progress: &Progress) -> Result<&'a Kata> {
    let not_done = |kata: &&Kata| of(course, kata, progress) != Status::Done;
    let named = progress.current().and_then(|id| course.find(id).ok());
    if let Some(kata) = named.filter(not_done) {
        return Ok(kata);
    }
    // After the named one (if any), then from the start.
    let start = named.and_then(|named| course.katas.iter().position(|k| k.id == named.id));
    let after = course.katas.iter().skip(start.map_or(0, |i| i + 1));
    match after
        .chain(&course.katas)
        .find(not_done)
        .or(course.katas.last())
    {
        Some(kata) => Ok(kata),
        None => bail!("the course lists no katas"),
    }
}

/// When the progress file was missing or damaged, checks every kata the
/// learner has started, so that what they finished shows as done again.
pub fn rebuild_if_lost(course: &Course, progress: &mut Progress) -> Result<()> {
    if progress.trustworthy {
        return Ok(());
    }
    let started: Vec<&Kata> = course
        .katas
        .iter()
        .filter(|kata| of(course, kata, progress) == Status::Started)
        .collect();
    if !started.is_empty() {
        anstream::eprintln!(
            "{}",
            ui::status(
                NOTE,
                "Rebuilding",
                format!(
                    "your progress: checking the {} katas you have started",
                    started.len()
                )
            )
        );
        for kata in started {
            let outcome = evaluate::evaluate(course, kata, &mut |_| {})?;
            progress.record_check(course, kata, &outcome.files, outcome.is_done());
        }
    }
    progress.trustworthy = true;
    progress.save()
}
