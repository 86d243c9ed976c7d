//! Opening a connection. The shop keeps its data in a file; tests mostly
//! keep theirs in memory. Both get the same settings, so a test runs under
//! the rules production runs under.

use std::path::Path;

use rusqlite::Connection;

// ANCHOR: open
/// Opens (or creates) the database file at `path`. It does not migrate it:
/// call [`crate::migrations::migrate`] next, as the shop does at startup.
pub fn open(path: &Path) -> rusqlite::Result<Connection> {
    configure(Connection::open(path)?)
}

/// Opens a new database that lives in memory, private to this connection:
/// it starts empty and is gone when the connection is dropped.
pub fn open_in_memory() -> rusqlite::Result<Connection> {
    configure(Connection::open_in_memory()?)
}

fn configure(connection: Connection) -> rusqlite::Result<Connection> {
    // SQLite checks foreign keys only on a connection that asks it to. The
    // copy bundled with rusqlite asks by default; a system SQLite does not.
    // Saying it here keeps "an order belongs to a user who exists" true
    // whichever SQLite the shop is built with.
    connection.pragma_update(None, "foreign_keys", true)?;
    Ok(connection)
}
// ANCHOR_END: open
