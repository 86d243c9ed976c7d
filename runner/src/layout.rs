//! Where everything of a course is on disk, in one place: the course's own
//! folders (`katas/`, `solutions/`, `starters/`, `book/`), the learner's
//! state in `.kata/` (progress, backups, the runner's copy of itself, the
//! classroom), and scratch space under `target/`. Every path the runner
//! uses is a method here; no other file spells a folder's name.

use std::path::{Path, PathBuf};

use crate::course::{Course, Kata, Mutant};

pub const MANIFEST: &str = "course.toml";

/// Where the folders of a course live, relative to its root.
pub const KATAS_DIR: &str = "katas";
pub const SOLUTIONS_DIR: &str = "solutions";
pub const STARTERS_DIR: &str = "starters";
pub const BOOK_DIR: &str = "book";
/// Inside a kata's solution folder: one `<name>.patch` per mutant.
pub const MUTANTS_DIR: &str = "mutants";
pub const PATCH_EXTENSION: &str = "patch";

/// A kata's debrief page, relative to `book/`: what the kata hid, read
/// once it is done.
pub fn debrief_page(kata: &Kata) -> String {
    format!("debriefs/{}.md", kata.folder)
}

/// The part of the book (`SUMMARY.md`) that holds the debriefs.
pub const DEBRIEFS_PART: &str = "After each kata";

/// The instructor guide's fragment of "where people get stuck" for chapter
/// `number` (two digits), relative to `book/`.
pub fn stuck_page(number: &str) -> String {
    format!("instructor/stuck/{number}.md")
}

/// The chapters' quizzes: `quizzes/NN.toml`, with the crates their code
/// comes from under `quizzes/code/` and the failure outputs they show under
/// `quizzes/outputs/` (see `quiz/`).
pub const QUIZZES_DIR: &str = "quizzes";
/// Inside a quiz crate's folder: one `<name>.patch` per broken version.
pub const BROKEN_DIR: &str = "broken";

/// The learner's state, beside the course and ignored by git.
const STATE_DIR: &str = ".kata";

/// The runner's copy of itself, relative to the course root, as a learner
/// types it: `.kata/bin/kata` (`kata.exe` on Windows).
pub fn self_copy_relative() -> String {
    format!("{STATE_DIR}/bin/kata{}", std::env::consts::EXE_SUFFIX)
}

/// `<name>.patch`: a mutant's file in its kata's `mutants/` folder.
pub fn patch_file_name(name: &str) -> String {
    format!("{name}.{PATCH_EXTENSION}")
}

impl Course {
    pub fn kata_dir(&self, kata: &Kata) -> PathBuf {
        self.root.join(KATAS_DIR).join(&kata.folder)
    }

    pub fn solution_dir(&self, kata: &Kata) -> PathBuf {
        self.root.join(SOLUTIONS_DIR).join(&kata.folder)
    }

    pub fn mutants_dir(&self, kata: &Kata) -> PathBuf {
        self.solution_dir(kata).join(MUTANTS_DIR)
    }

    pub fn mutant_patch(&self, kata: &Kata, mutant: &Mutant) -> PathBuf {
        self.mutant_patch_named(kata, &mutant.name)
    }

    /// The patch of the mutant `name`, listed in course.toml or not yet.
    pub fn mutant_patch_named(&self, kata: &Kata, name: &str) -> PathBuf {
        self.mutants_dir(kata).join(patch_file_name(name))
    }

    /// `path` relative to the course root, with `/` separators, as a
    /// message shows it on every platform.
    pub fn relative(&self, path: &Path) -> String {
        let relative = path.strip_prefix(&self.root).unwrap_or(path);
        let parts: Vec<String> = relative
            .components()
            .map(|part| part.as_os_str().to_string_lossy().into_owned())
            .collect();
        parts.join("/")
    }

    pub fn starter_file(&self, kata: &Kata) -> PathBuf {
        self.root
            .join(STARTERS_DIR)
            .join(format!("{}.toml", kata.folder))
    }

    /// A file of the book, from its path relative to `book/`.
    pub fn book_file(&self, relative: &str) -> PathBuf {
        self.root.join(BOOK_DIR).join(relative)
    }

    /// The folder of the quizzes; `show` entries and `proof.output` are
    /// relative to it.
    pub fn quizzes_dir(&self) -> PathBuf {
        self.root.join(QUIZZES_DIR)
    }

    /// The quiz of chapter `number` (two digits).
    pub fn quiz_file(&self, number: &str) -> PathBuf {
        self.quizzes_dir().join(format!("{number}.toml"))
    }

    /// Every id of every question and choice ever published (see
    /// `quiz/ids.rs`).
    pub fn quiz_ids_file(&self) -> PathBuf {
        self.quizzes_dir().join("ids.txt")
    }

    /// The quiz crate `folder` (a question's `run.crate`).
    pub fn quiz_crate_dir(&self, folder: &str) -> PathBuf {
        self.quizzes_dir().join("code").join(folder)
    }

    /// A quiz crate's broken version `name`.
    pub fn quiz_broken_patch(&self, folder: &str, name: &str) -> PathBuf {
        self.quiz_crate_dir(folder)
            .join(BROKEN_DIR)
            .join(patch_file_name(name))
    }

    /// Where the runner keeps the learner's state: progress, backups, its
    /// own copy, the classroom.
    pub fn state_dir(&self) -> PathBuf {
        self.root.join(STATE_DIR)
    }

    /// The learner's progress (see `learner_state.rs`).
    pub fn progress_file(&self) -> PathBuf {
        self.state_dir().join("progress.toml")
    }

    /// Where `reset`, `solve` and `restore` keep the learner's files of a
    /// kata, a folder per backup.
    pub fn backups_dir(&self, kata: &Kata) -> PathBuf {
        self.state_dir().join("backups").join(&kata.folder)
    }

    /// The runner's copy of itself, `.kata/bin/kata` (`kata.exe` on
    /// Windows): it runs when cargo cannot (see `self_copy.rs`).
    pub fn self_copy_file(&self) -> PathBuf {
        self.root.join(self_copy_relative())
    }

    /// The classroom's files, the instructor's and the learner's.
    fn classroom_dir(&self) -> PathBuf {
        self.state_dir().join("classroom")
    }

    /// The instructor's room (and its WAL files beside it).
    pub fn room_file(&self) -> PathBuf {
        self.classroom_dir().join("room.sqlite")
    }

    /// The classroom the learner joined.
    pub fn membership_file(&self) -> PathBuf {
        self.classroom_dir().join("joined.toml")
    }

    /// Reports waiting to be sent to the classroom.
    pub fn outbox_dir(&self) -> PathBuf {
        self.classroom_dir().join("outbox")
    }

    /// Quiz answers waiting to be sent to the classroom, every one of them
    /// (a report only matters as the latest of its kata; each answer does).
    pub fn answers_outbox_dir(&self) -> PathBuf {
        self.outbox_dir().join("answers")
    }

    /// The line the classroom's sender leaves when it gave up.
    pub fn undelivered_file(&self) -> PathBuf {
        self.classroom_dir().join("undelivered.txt")
    }

    /// Scratch space under the course's own `target/` folder, out of git and
    /// out of the learner's way. It stays in the course even when builds go
    /// to a target directory elsewhere, so that two copies of the course
    /// sharing one `CARGO_TARGET_DIR` never write into each other's scratch.
    pub fn scratch_dir(&self, purpose: &str) -> PathBuf {
        self.root.join("target").join(purpose)
    }

    /// What earlier runs of `verify` proved (`dev/verify/cache.rs`): in
    /// `target/`, so that a fresh clone has none.
    pub fn verify_cache_file(&self) -> PathBuf {
        self.root.join("target").join("kata-verify-proven.json")
    }
}
