//! Layer 1: the connection and the schema.

use rusqlite::Connection;

// ANCHOR: schema
/// The constraints are the layer's promises, and the layers above rely on
/// them: the repository turns a refused row into an error of its own.
const SCHEMA: &str = "
    CREATE TABLE shelves (
        sku      TEXT PRIMARY KEY,
        on_hand  INTEGER NOT NULL CHECK (on_hand >= 0)
    );
    CREATE TABLE moves (
        id     INTEGER PRIMARY KEY,
        sku    TEXT NOT NULL REFERENCES shelves (sku),
        delta  INTEGER NOT NULL CHECK (delta <> 0)
    );
";
// ANCHOR_END: schema

/// A fresh, private database in memory, with foreign keys enforced and the
/// schema applied.
pub fn open_in_memory() -> rusqlite::Result<Connection> {
    let connection = Connection::open_in_memory()?;
    connection.execute_batch("PRAGMA foreign_keys = ON;")?;
    connection.execute_batch(SCHEMA)?;
    Ok(connection)
}
