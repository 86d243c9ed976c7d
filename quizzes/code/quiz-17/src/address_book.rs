//! A customer's saved delivery addresses, in SQLite.

use rusqlite::{Connection, OptionalExtension};

/// An address's id: 1 for the first one added, and growing.
pub type AddressId = i64;

/// One saved address, as the book shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    pub id: AddressId,
    pub line: String,
    pub is_default: bool,
}

#[derive(Debug)]
pub enum BookError {
    /// The book holds no address with this id.
    NoSuchAddress(AddressId),
    Database(rusqlite::Error),
}

impl From<rusqlite::Error> for BookError {
    fn from(error: rusqlite::Error) -> BookError {
        BookError::Database(error)
    }
}

// AUTOINCREMENT: without it, SQLite gives a new row the largest id in the
// table plus one, which is an id given before when the newest row was
// removed.
const SCHEMA: &str = "
    CREATE TABLE addresses (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        line        TEXT NOT NULL,
        is_default  INTEGER NOT NULL
    );
";

// ANCHOR: rules
/// One customer's address book, on a database of its own. Its rules:
///
/// - A new address goes at the end of the list, which is kept oldest first,
///   and gets an id of its own: an id is never given twice, even after its
///   address is removed, because old orders still name the address they
///   went to.
/// - When the book is not empty, exactly one address is the default, the
///   one a checkout offers first. The first address added to an empty book
///   becomes the default.
/// - `set_default` makes another address the default; an id the book does
///   not hold is refused, and changes nothing.
/// - `remove` takes an address out; an id the book does not hold is
///   refused. When the default is removed, the oldest address left becomes
///   the default.
pub struct AddressBook {
    connection: Connection,
}
// ANCHOR_END: rules

impl AddressBook {
    /// An empty book, in a fresh database in memory.
    pub fn open_in_memory() -> Result<AddressBook, BookError> {
        let connection = Connection::open_in_memory()?;
        connection.execute_batch(SCHEMA)?;
        Ok(AddressBook { connection })
    }

    /// Saves `line` as a new address, and returns its id. The first address
    /// of an empty book becomes the default.
    pub fn add(&self, line: &str) -> Result<AddressId, BookError> {
        self.connection.execute(
            "INSERT INTO addresses (line, is_default)
             VALUES (?1, NOT EXISTS (SELECT 1 FROM addresses))",
            [line],
        )?;
        Ok(self.connection.last_insert_rowid())
    }

    /// Makes `id` the default address.
    pub fn set_default(&self, id: AddressId) -> Result<(), BookError> {
        self.find(id)?;
        self.connection
            .execute("UPDATE addresses SET is_default = (id = ?1)", [id])?;
        Ok(())
    }

    /// Removes `id`; when it was the default, the oldest address left
    /// becomes the default.
    pub fn remove(&self, id: AddressId) -> Result<(), BookError> {
        let removed = self.find(id)?;
        self.connection
            .execute("DELETE FROM addresses WHERE id = ?1", [id])?;
        if removed.is_default {
            self.connection.execute(
                "UPDATE addresses SET is_default = 1
                 WHERE id = (SELECT min(id) FROM addresses)",
                [],
            )?;
        }
        Ok(())
    }

    /// Every address, oldest first.
    pub fn addresses(&self) -> Result<Vec<Address>, BookError> {
        let mut statement = self
            .connection
            .prepare("SELECT id, line, is_default FROM addresses ORDER BY id")?;
        let rows = statement.query_map([], address)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn find(&self, id: AddressId) -> Result<Address, BookError> {
        self.connection
            .query_row(
                "SELECT id, line, is_default FROM addresses WHERE id = ?1",
                [id],
                address,
            )
            .optional()?
            .ok_or(BookError::NoSuchAddress(id))
    }
}

/// An address, from a row of `id, line, is_default`.
fn address(row: &rusqlite::Row<'_>) -> rusqlite::Result<Address> {
    Ok(Address {
        id: row.get(0)?,
        line: row.get(1)?,
        is_default: row.get(2)?,
    })
}
