//! Layer 1: the connection and the schema. Everything above relies on what
//! this layer promises: an email belongs to one user only, and an address
//! always belongs to a user who exists.

use std::rc::Rc;

use rusqlite::Connection;

// ANCHOR: schema
/// The whole schema. The constraints are part of the design, not
/// decoration: the repository turns their violations into its own errors.
const SCHEMA: &str = "
    CREATE TABLE users (
        id     INTEGER PRIMARY KEY,
        email  TEXT NOT NULL UNIQUE,
        name   TEXT NOT NULL
    );
    CREATE TABLE addresses (
        id       INTEGER PRIMARY KEY,
        user_id  INTEGER NOT NULL REFERENCES users (id),
        line     TEXT NOT NULL
    );
";
// ANCHOR_END: schema

/// A handle on one connection. Clones share it, so the repository, the
/// service and a test can all look at the same database.
#[derive(Clone)]
pub struct Database {
    connection: Rc<Connection>,
}

impl Database {
    // ANCHOR: open
    /// A fresh, private database in memory, with the schema applied. Each
    /// call gives a new, empty one, so tests never see each other's rows.
    pub fn open_in_memory() -> rusqlite::Result<Database> {
        let connection = Connection::open_in_memory()?;
        // Plain SQLite checks foreign keys only when a connection asks it to.
        // The copy rusqlite bundles here checks them by default, but saying so
        // keeps the promise whichever SQLite the shop is built with.
        connection.execute_batch("PRAGMA foreign_keys = ON;")?;
        connection.execute_batch(SCHEMA)?;
        Ok(Database {
            connection: Rc::new(connection),
        })
    }
    // ANCHOR_END: open

    pub fn connection(&self) -> &Connection {
        &self.connection
    }
}
