//! The shop's database: one SQLite connection, shared by every request.

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use rusqlite::Connection;

/// The tables of the shop. `IF NOT EXISTS`, so that opening a database file
/// the shop created before keeps what it holds.
const SCHEMA: &str = "
    CREATE TABLE IF NOT EXISTS products (
        sku    TEXT PRIMARY KEY,
        name   TEXT NOT NULL,
        price  INTEGER NOT NULL CHECK (price >= 0),
        -- The items for sale: an order sets its items aside by taking them
        -- off this count, and a cancellation puts them back.
        stock  INTEGER NOT NULL CHECK (stock >= 0)
    );

    CREATE TABLE IF NOT EXISTS orders (
        id         INTEGER PRIMARY KEY,
        email      TEXT NOT NULL,
        status     TEXT NOT NULL,
        subtotal   INTEGER NOT NULL,
        discount   INTEGER NOT NULL,
        total      INTEGER NOT NULL,
        -- The card provider's id for the payment, once there is one.
        charge_id  TEXT
    );

    -- An order keeps the name and price of what was bought at the time, so
    -- that a later change to the catalog never changes a past order.
    CREATE TABLE IF NOT EXISTS order_lines (
        order_id    INTEGER NOT NULL REFERENCES orders (id),
        sku         TEXT NOT NULL,
        name        TEXT NOT NULL,
        unit_price  INTEGER NOT NULL,
        quantity    INTEGER NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (order_id, sku)
    );

    CREATE TABLE IF NOT EXISTS carts (
        id                INTEGER PRIMARY KEY,
        coupon            TEXT,
        -- What the coupon was worth when it was applied, so that a coupon
        -- changed later never changes a cart in progress.
        discount_percent  INTEGER NOT NULL DEFAULT 0,
        -- Set at checkout: a cart that became an order takes no more changes.
        order_id          INTEGER REFERENCES orders (id)
    );

    CREATE TABLE IF NOT EXISTS cart_lines (
        cart_id   INTEGER NOT NULL REFERENCES carts (id),
        sku       TEXT NOT NULL REFERENCES products (sku),
        quantity  INTEGER NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (cart_id, sku)
    );
";

/// A handle on the shop's database. Clones share the one connection.
///
/// The shop calls it directly from its handlers, on the async runtime: an
/// SQLite database answers in microseconds. A database across a network
/// would be called through `tokio::task::spawn_blocking`, or with an async
/// driver, so that a slow query never holds up other requests.
#[derive(Clone)]
pub struct Database {
    connection: Arc<Mutex<Connection>>,
}

impl Database {
    /// A fresh, private database in memory, with the schema applied: what a
    /// test wants, since no one else can see it or write to it.
    pub fn open_in_memory() -> rusqlite::Result<Database> {
        Database::with_schema(Connection::open_in_memory()?)
    }

    /// The database in the file at `path`, created if it is not there.
    pub fn open(path: &Path) -> rusqlite::Result<Database> {
        Database::with_schema(Connection::open(path)?)
    }

    fn with_schema(connection: Connection) -> rusqlite::Result<Database> {
        connection.execute_batch("PRAGMA foreign_keys = ON;")?;
        connection.execute_batch(SCHEMA)?;
        Ok(Database {
            connection: Arc::new(Mutex::new(connection)),
        })
    }

    /// The connection, for as long as the guard lives: one request at a
    /// time, so that each workflow's transaction runs alone.
    pub(crate) fn lock(&self) -> MutexGuard<'_, Connection> {
        // A lock is poisoned when a thread panicked while holding it. Every
        // change the shop makes runs in a transaction that rolls back when
        // it is dropped unfinished, so the data is still sound: go on.
        self.connection
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}
