//! The database the real lower layers share: one SQLite connection, handed
//! out as cheap clones of a [`Database`] handle.

use std::rc::Rc;

use rusqlite::Connection;

/// The whole schema. Each part owns its tables; the outbox reads the order
/// book's, which is why it needs an order to be saved before it is mailed.
const SCHEMA: &str = "
    CREATE TABLE products (
        sku         TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
        stock       INTEGER NOT NULL CHECK (stock >= 0)
    );
    -- AUTOINCREMENT: a number is never handed out twice, even when the
    -- order it was meant for failed and was never saved.
    CREATE TABLE order_numbers (
        id          INTEGER PRIMARY KEY AUTOINCREMENT
    );
    CREATE TABLE orders (
        id          INTEGER PRIMARY KEY REFERENCES order_numbers (id),
        customer    TEXT NOT NULL,
        total_cents INTEGER NOT NULL,
        charge_id   TEXT NOT NULL
    );
    CREATE TABLE outbox (
        id          INTEGER PRIMARY KEY,
        order_id    INTEGER NOT NULL REFERENCES orders (id),
        recipient   TEXT NOT NULL,
        subject     TEXT NOT NULL
    );
";

/// A handle on the shared connection. Clones share it, so every part sees
/// what the others wrote.
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
