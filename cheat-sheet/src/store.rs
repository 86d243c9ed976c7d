//! Notes in SQLite. Every function takes a `&Connection`, so it runs as well
//! inside a caller's transaction (a `rusqlite::Transaction` derefs to one).

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::note::Note;

/// Opens (or creates) the notes database in a file, ready to use.
pub fn open(path: &Path) -> rusqlite::Result<Connection> {
    let db = Connection::open(path)?;
    migrate(&db)?;
    Ok(db)
}

/// A fresh, empty notes database that lives as long as its connection.
pub fn open_in_memory() -> rusqlite::Result<Connection> {
    let db = Connection::open_in_memory()?;
    migrate(&db)?;
    Ok(db)
}

fn migrate(db: &Connection) -> rusqlite::Result<()> {
    db.execute_batch(
        "CREATE TABLE IF NOT EXISTS notes (
            id         TEXT PRIMARY KEY,
            title      TEXT NOT NULL,
            body       TEXT NOT NULL,
            created_at INTEGER NOT NULL
        )",
    )
}

pub fn insert(db: &Connection, note: &Note) -> rusqlite::Result<()> {
    db.execute(
        "INSERT INTO notes (id, title, body, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![note.id, note.title, note.body, note.created_at],
    )?;
    Ok(())
}

pub fn get(db: &Connection, id: &str) -> rusqlite::Result<Option<Note>> {
    db.query_row(
        "SELECT id, title, body, created_at FROM notes WHERE id = ?1",
        [id],
        note_of,
    )
    .optional()
}

pub fn count(db: &Connection) -> rusqlite::Result<i64> {
    db.query_row("SELECT COUNT(*) FROM notes", [], |row| row.get(0))
}

fn note_of(row: &Row<'_>) -> rusqlite::Result<Note> {
    Ok(Note {
        id: row.get(0)?,
        title: row.get(1)?,
        body: row.get(2)?,
        created_at: row.get(3)?,
    })
}
