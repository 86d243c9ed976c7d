//! The patterns of the course's cheat sheet (`book/cheat-sheet.md`), one
//! module each, in the sheet's order, all on the notes service in `src/`.
//! The sheet shows only the key lines of each, marked `// ANCHOR: key_...`,
//! and must print on one page: `scripts/check-cheat-sheet-page.py` (run by
//! `.ci/run`) proves it. The rest of each file is what the page links to.

mod test_app;

mod fixture;
mod rollback;

mod mocking;
mod redaction;

mod contract;
mod waiting;

mod paused_time;
