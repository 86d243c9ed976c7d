//! The patterns of the course's cheat sheet (`book/cheat-sheet.md`), one
//! module each, in the sheet's order, all on the notes service in `src/`.
//! The sheet includes them between `// ANCHOR:` lines: keep each one short
//! enough to print.

mod test_app;

mod fixture;
mod rollback;

mod mocking;
mod redaction;

mod contract;
mod waiting;

mod paused_time;
