//! The restock service's tests, one test binary. Each module puts another
//! kind of double in the store's place; the quiz's questions run them against
//! the broken versions in `broken/` and ask which ones notice.
//!
//! - `with_mocks`: mockall mocks of the store and the mailer, from loose to
//!   over-specified;
//! - `with_a_fake`: a hand-written fake store and a spy mailer;
//! - `over_sqlite`: the real SQLite store, in memory, and a spy mailer.

mod doubles;
mod over_sqlite;
mod with_a_fake;
mod with_mocks;
