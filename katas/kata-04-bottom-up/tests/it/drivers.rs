//! Test drivers: code that calls a layer the way the layer above it will,
//! while that layer is not there yet. There is one per layer under test, and
//! each one starts from a fresh database, so tests never share rows.
//!
//! `DatabaseDriver`, for layer 1, is written: read it first, it is the
//! pattern. You write the other two, below it, when you reach their layers.

use kata_04::db::Database;

// ANCHOR: database_driver
/// Drives layer 1. The repository does not exist yet at this step, so this
/// driver plays it: it sends the SQL the repository will send, and hands
/// SQLite's own answers, errors included, back to the test to judge.
pub struct DatabaseDriver {
    db: Database,
}

impl DatabaseDriver {
    /// A driver on a fresh, empty database with the schema applied.
    pub fn new() -> DatabaseDriver {
        let db = Database::open_in_memory()
            .expect("the schema should apply to a fresh in-memory database");
        DatabaseDriver { db }
    }

    /// Inserts a user row; returns its id, or SQLite's refusal.
    pub fn insert_user(&self, email: &str, name: &str) -> rusqlite::Result<i64> {
        let connection = self.db.connection();
        connection.execute(
            "INSERT INTO users (email, name) VALUES (?1, ?2)",
            (email, name),
        )?;
        Ok(connection.last_insert_rowid())
    }

    /// Inserts an address row; returns its id, or SQLite's refusal.
    pub fn insert_address(&self, user_id: i64, line: &str) -> rusqlite::Result<i64> {
        let connection = self.db.connection();
        connection.execute(
            "INSERT INTO addresses (user_id, line) VALUES (?1, ?2)",
            (user_id, line),
        )?;
        Ok(connection.last_insert_rowid())
    }

    /// Every email in the `users` table, in the order the rows were added.
    pub fn emails(&self) -> Vec<String> {
        self.strings("SELECT email FROM users ORDER BY id", [])
    }

    /// The lines of the addresses stored for `user_id`, oldest first.
    pub fn address_lines(&self, user_id: i64) -> Vec<String> {
        self.strings(
            "SELECT line FROM addresses WHERE user_id = ?1 ORDER BY id",
            [user_id],
        )
    }

    fn strings(&self, sql: &str, params: impl rusqlite::Params) -> Vec<String> {
        let mut statement = self.db.connection().prepare(sql).unwrap();
        statement
            .query_map(params, |row| row.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }
}
// ANCHOR_END: database_driver

// Kata 04, layer 2: write `RepositoryDriver` here.
//
// It drives the user repository and plays the user service, which is not
// built yet. It needs:
// - a fresh `Database::open_in_memory()` and a `UserRepository` on it, which
//   the tests can reach (clones of a `Database` share one connection);
// - a way to create a user the way the service will: an email already
//   trimmed and lowercased, and a name. If the repository refuses, fail
//   right there with a message that says why;
// - a way to see what is really stored for a user, without going through
//   the repository under test (plain SQL is fine: layer 1 is tested).

// Kata 04, layer 3: write `ServiceDriver` here.
//
// It drives the user service and plays the shop's sign-up and account pages,
// which this kata does not have. It needs:
// - a fresh database, a `UserRepository` on it and a `UserService` on that
//   repository (a clone of the repository shares its database);
// - a way to sign a customer up with an email as they typed it, failing
//   right there, with the reason, if the service refuses;
// - a way to see what the service stored: the repository, layer 2, is
//   tested now, so the driver can use it.
