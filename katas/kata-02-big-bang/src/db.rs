//! The database every part shares: one SQLite connection, handed out as
//! cheap clones of a [`Database`] handle.

use std::rc::Rc;

use rusqlite::Connection;

/// The whole schema. Each part owns its tables, but they share one
/// database so that an order can be placed in one transaction.
const SCHEMA: &str = "
    CREATE TABLE products (
        sku         TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
        stock       INTEGER NOT NULL CHECK (stock >= 0)
    );
    CREATE TABLE orders (
        id          INTEGER PRIMARY KEY,
        status      TEXT NOT NULL,
        total_cents INTEGER NOT NULL,
        address     TEXT NOT NULL,
        payment_id  TEXT
    );
    CREATE TABLE order_lines (
        order_id    INTEGER NOT NULL REFERENCES orders (id),
        sku         TEXT NOT NULL REFERENCES products (sku),
        quantity    INTEGER NOT NULL CHECK (quantity > 0)
    );
    CREATE TABLE shipments (
        order_id    INTEGER PRIMARY KEY REFERENCES orders (id),
        -- The carrier refuses a parcel with nowhere to go.
        address     TEXT NOT NULL CHECK (length(trim(address)) > 0),
        status      TEXT NOT NULL
    );
";

/// A handle on the shared connection. Clones share it: that is how every
/// part sees what the others wrote, inside one transaction.
#[derive(Clone)]
pub struct Database {
    connection: Rc<Connection>,
}

impl Database {
    /// A fresh, private database in memory, with the schema applied. Each
    /// call gives a new, empty one, so tests never see each other's data.
    pub fn open_in_memory() -> rusqlite::Result<Database> {
        let connection = Connection::open_in_memory()?;
        connection.execute_batch("PRAGMA foreign_keys = ON;")?;
        connection.execute_batch(SCHEMA)?;
        Ok(Database {
            connection: Rc::new(connection),
        })
    }

    pub fn connection(&self) -> &Connection {
        &self.connection
    }
}
