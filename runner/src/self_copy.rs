//! A copy of the runner in `.kata/bin/`, refreshed whenever it changed.
//!
//! When a learner breaks a kata's `Cargo.toml`, cargo refuses to load the
//! workspace, so `cargo kata` cannot start to repair it. The copy can: it
//! runs without cargo, from a path that does not depend on where the target
//! directory is (`.kata/bin/kata reset 03`).

use crate::course::Course;
use crate::files;

/// Refreshes the copy when the running binary differs from it in size or is
/// newer. Never fails: the copy is a convenience, and the command goes on.
pub fn refresh(course: &Course) {
    let Ok(running) = std::env::current_exe() else {
        return;
    };
    let copy = course.self_copy_file();
    if running == copy {
        return;
    }
    let (Ok(source), existing) = (std::fs::metadata(&running), std::fs::metadata(&copy)) else {
        return;
    };
    let up_to_date = existing.is_ok_and(|existing| {
        existing.len() == source.len()
            && match (existing.modified(), source.modified()) {
                (Ok(copied), Ok(built)) => copied >= built,
                _ => false,
            }
    });
    if up_to_date {
        return;
    }
    // A half-written copy must never stand where a learner would run it.
    let _ = files::replace_atomically(&copy, |partial| {
        std::fs::copy(&running, partial).map(|_| ())
    });
}
