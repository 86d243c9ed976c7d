//! A copy of the runner in `.kata/bin/`, refreshed whenever it changed.
//!
//! When a learner breaks a kata's `Cargo.toml`, cargo refuses to load the
//! workspace, so `cargo kata` cannot start to repair it. The copy can: it
//! runs without cargo, from a path that does not depend on where the target
//! directory is (`.kata/bin/kata reset 03`).

use std::path::PathBuf;

use crate::course::Course;

/// `.kata/bin/kata` (`kata.exe` on Windows).
pub fn path(course: &Course) -> PathBuf {
    course
        .state_dir()
        .join("bin")
        .join(format!("kata{}", std::env::consts::EXE_SUFFIX))
}

/// Refreshes the copy when the running binary differs from it in size or is
/// newer. Never fails: the copy is a convenience, and the command goes on.
pub fn refresh(course: &Course) {
    let Ok(running) = std::env::current_exe() else {
        return;
    };
    let copy = path(course);
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
    if let Some(dir) = copy.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    // Copy to a temporary name first, so a half-written copy never stands
    // where a learner would run it.
    let partial = copy.with_extension("partial");
    if std::fs::copy(&running, &partial).is_ok() && std::fs::rename(&partial, &copy).is_err() {
        let _ = std::fs::remove_file(&partial);
    }
}
