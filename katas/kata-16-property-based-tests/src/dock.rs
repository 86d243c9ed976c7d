//! The loading dock: parcels wait there for the carrier, and leave in the
//! order they arrived. The dock has room for so many parcels; a parcel that
//! arrives when it is full is turned away.
//!
//! It is not part of the shop: it is the system chapter 17 tests, in
//! tests/it/example.rs, to show the techniques of the kata on something
//! else. It keeps its parcels in SQLite, as the shop keeps its orders.

use rusqlite::{Connection, OptionalExtension};

/// A parcel, by its number.
pub type Parcel = u32;

/// Why the dock did not take a parcel.
#[derive(Debug)]
pub enum DockError {
    /// The dock already holds as many parcels as it has room for.
    Full,
    Database(rusqlite::Error),
}

impl From<rusqlite::Error> for DockError {
    fn from(error: rusqlite::Error) -> DockError {
        DockError::Database(error)
    }
}

// ANCHOR: dock
/// A dock with room for `capacity` parcels, on a database of its own.
pub struct Dock {
    connection: Connection,
    capacity: u32,
}

impl Dock {
    pub fn open_in_memory(capacity: u32) -> rusqlite::Result<Dock> {
        let connection = Connection::open_in_memory()?;
        // `id` grows with each arrival: the oldest parcel has the smallest.
        connection.execute_batch(
            "CREATE TABLE waiting (id INTEGER PRIMARY KEY, parcel INTEGER NOT NULL);",
        )?;
        Ok(Dock {
            connection,
            capacity,
        })
    }

    /// A parcel arrives, and waits: unless the dock is full.
    pub fn arrive(&self, parcel: Parcel) -> Result<(), DockError> {
        if self.waiting()? >= self.capacity {
            return Err(DockError::Full);
        }
        self.connection
            .execute("INSERT INTO waiting (parcel) VALUES (?1)", [parcel])?;
        Ok(())
    }

    /// The carrier collects the parcel that has waited longest, if any.
    pub fn collect(&self) -> Result<Option<Parcel>, DockError> {
        let oldest: Option<(i64, Parcel)> = self
            .connection
            .query_row(
                "SELECT id, parcel FROM waiting ORDER BY id LIMIT 1",
                [],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        let Some((id, parcel)) = oldest else {
            return Ok(None);
        };
        self.connection
            .execute("DELETE FROM waiting WHERE id = ?1", [id])?;
        Ok(Some(parcel))
    }

    /// How many parcels are waiting.
    pub fn waiting(&self) -> Result<u32, DockError> {
        let count = self
            .connection
            .query_row("SELECT count(*) FROM waiting", [], |row| row.get(0))?;
        Ok(count)
    }
}
// ANCHOR_END: dock
