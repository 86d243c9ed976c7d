//! A tiny notes service: the one system that every pattern of the course's
//! cheat sheet (`book/cheat-sheet.md`) is tested against, in
//! `tests/patterns/`. It is not a kata, and it is kept apart from the shop
//! of the katas on purpose, so that the sheet shows each technique without
//! handing out a kata's answer.
//!
//! - [`note`]: a note, with a fresh random id and the time it was written;
//! - [`store`]: notes in SQLite;
//! - [`api`]: `POST /notes` and `GET /notes/{id}`, with axum;
//! - [`sharing`]: sharing a note by email, through a `Mailer` trait;
//! - [`autosave`]: a draft saved once its writer pauses.

pub mod api;
pub mod autosave;
pub mod note;
pub mod sharing;
pub mod store;
