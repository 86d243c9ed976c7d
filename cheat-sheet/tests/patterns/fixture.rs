//! A fixture with `Drop`: set up in `new`, torn down however the test ends.

use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use cheat_sheet::note::Note;
use cheat_sheet::store;
use rusqlite::Connection;
use tempfile::TempDir;

/// A notes database in a file, in a folder of its own. Removed when the test
/// passes; kept, with its path printed, when it fails, for you to open.
pub struct NotesOnDisk {
    // Fields drop in this order: the database closes before its folder is
    // removed (Windows can't remove a file that is still open).
    pub db: Connection,
    dir: TempDir,
}

impl NotesOnDisk {
    pub fn new() -> NotesOnDisk {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let db = store::open(&dir.path().join("notes.db")).expect("a database file");
        NotesOnDisk { db, dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }
}

// ANCHOR: key_drop
impl Drop for NotesOnDisk {
    // Runs however the test ends. Never panic here: a panic in a panic aborts.
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.dir.disable_cleanup(true); // keep the evidence
            eprintln!("notes kept in {}", self.dir.path().display());
        }
    }
}
// ANCHOR_END: key_drop

#[test]
fn a_passing_test_leaves_nothing_behind() {
    let notes = NotesOnDisk::new();
    store::insert(&notes.db, &Note::new("Groceries", "eggs, milk")).unwrap();
    let path = notes.path().to_path_buf();
    assert!(path.join("notes.db").is_file());

    drop(notes);

    assert!(!path.exists(), "{} should be gone", path.display());
}

#[test]
fn a_failed_test_keeps_its_notes_for_you_to_read() {
    let mut kept: Option<PathBuf> = None;
    let test = panic::catch_unwind(AssertUnwindSafe(|| {
        let notes = NotesOnDisk::new();
        kept = Some(notes.path().to_path_buf());
        store::insert(&notes.db, &Note::new("Evidence", "what the test wrote")).unwrap();
        // A failing assertion, as `resume_unwind`: it unwinds like a panic,
        // without the panic hook's message and backtrace.
        panic::resume_unwind(Box::new("an assertion fails halfway through"));
    }));
    assert!(test.is_err());

    let kept = kept.expect("the test made its fixture");
    let db = store::open(&kept.join("notes.db")).unwrap();
    assert_eq!(
        store::count(&db).unwrap(),
        1,
        "what the failed test wrote is there"
    );
    drop(db);
    fs::remove_dir_all(&kept).unwrap();
}
