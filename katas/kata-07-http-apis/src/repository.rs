//! The `users` table, behind a repository. Each repository opens a database
//! of its own, in memory, so each app built on one (and so each test) starts
//! from an empty table that no one else writes to.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::users::{User, UserForm};

const SCHEMA: &str = "
    CREATE TABLE users (
        id     INTEGER PRIMARY KEY,
        name   TEXT NOT NULL,
        email  TEXT NOT NULL
    );
";

/// A handle on one database. Clones share it: the router holds one, and a
/// test may keep another to look behind the API.
///
/// Handlers call it directly, on the async runtime: an in-memory SQLite
/// answers in microseconds. A database on disk or across a network would be
/// called through `tokio::task::spawn_blocking` instead, so that a slow query
/// never holds up the runtime's other tasks.
#[derive(Clone)]
pub struct UserRepository {
    connection: Arc<Mutex<Connection>>,
}

impl UserRepository {
    /// A fresh, private database in memory, with the schema applied.
    pub fn open_in_memory() -> rusqlite::Result<UserRepository> {
        let connection = Connection::open_in_memory()?;
        connection.execute_batch(SCHEMA)?;
        Ok(UserRepository {
            connection: Arc::new(Mutex::new(connection)),
        })
    }

    /// Stores a new user and returns it with its id.
    pub fn create(&self, form: &UserForm) -> rusqlite::Result<User> {
        self.connection().query_row(
            "INSERT INTO users (name, email) VALUES (?1, ?2) RETURNING id, name, email",
            params![form.name, form.email],
            user_from_row,
        )
    }

    /// The user with this id, or `None` when there is none.
    pub fn find(&self, id: i64) -> rusqlite::Result<Option<User>> {
        self.connection()
            .query_row(
                "SELECT id, name, email FROM users WHERE id = ?1",
                [id],
                user_from_row,
            )
            .optional()
    }

    /// Replaces the name and email of the user with this id and returns the
    /// user as stored, or `None` when there is no such user (then nothing
    /// changes).
    pub fn update(&self, id: i64, form: &UserForm) -> rusqlite::Result<Option<User>> {
        self.connection()
            .query_row(
                "UPDATE users SET name = ?1, email = ?2 WHERE id = ?3 RETURNING id, name, email",
                params![form.name, form.email, id],
                user_from_row,
            )
            .optional()
    }

    fn connection(&self) -> MutexGuard<'_, Connection> {
        // A lock is poisoned when a thread panicked while holding it. Each
        // method here is a single SQL statement, which SQLite applies whole
        // or not at all, so the connection is still sound: keep using it.
        self.connection
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

fn user_from_row(row: &Row<'_>) -> rusqlite::Result<User> {
    Ok(User {
        id: row.get(0)?,
        name: row.get(1)?,
        email: row.get(2)?,
    })
}
