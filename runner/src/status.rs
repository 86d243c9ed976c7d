//! Where a learner stands on each kata, from the progress file and the kata
//! folders; and rebuilding the progress file when it was lost.

use anyhow::{Result, bail};

use crate::course::{Course, Kata};
use crate::evaluate;
use crate::files::{self, Tree};
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

/// The kata the learner is on, one meaning for `check`, `watch`, `cargo kata`,
/// `list` and the "Next" of a finished check: the kata they are working on
/// (the last one they checked) stays current until it is done; then the
/// current kata is the first kata of the course that is not done. When every
/// kata is done, the last one. An id typed on the command line always wins
/// over it (and, once checked, becomes the one they are working on).
pub fn current<'a>(course: &'a Course, progress: &Progress) -> Result<&'a Kata> {
    let named = progress.current().and_then(|id| course.find(id).ok());
    if let Some(kata) = named.filter(|kata| of(course, kata, progress) != Status::Done) {
        return Ok(kata);
    }
    match first_not_done(course, progress, None).or(course.katas.last()) {
        Some(kata) => Ok(kata),
        None => bail!("the course lists no katas"),
    }
}

/// The first kata of the course that is not done, leaving out `except`.
pub fn first_not_done<'a>(
    course: &'a Course,
    progress: &Progress,
    except: Option<&Kata>,
) -> Option<&'a Kata> {
    course.katas.iter().find(|kata| {
        except.is_none_or(|except| except.id != kata.id)
            && of(course, kata, progress) != Status::Done
    })
}

/// Remembers a check: the kata's result, and the kata that is now current.
pub fn record_check(
    course: &Course,
    progress: &mut Progress,
    kata: &Kata,
    files: &Tree,
    done: bool,
) {
    progress.record_result(kata, files, done);
    let current = if done {
        first_not_done(course, progress, None).unwrap_or(kata)
    } else {
        kata
    };
    progress.set_current(current);
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
            let evaluation = evaluate::evaluate(course, kata, &mut |_| {})?;
            progress.record_result(kata, &evaluation.files, evaluation.is_done());
        }
    }
    progress.trustworthy = true;
    progress.save()
}
