//! The shop's store: one SQLite connection.

use std::sync::{Mutex, MutexGuard, PoisonError};

use rusqlite::Connection;

/// The tables of the shop.
const SCHEMA: &str = "
    CREATE TABLE products (
        sku      TEXT PRIMARY KEY,
        price    INTEGER NOT NULL CHECK (price >= 0),
        -- What the warehouse holds. What is for sale is this, less what
        -- pending and paid orders have set aside (see src/stock.rs).
        on_hand  INTEGER NOT NULL CHECK (on_hand >= 0)
    );

    CREATE TABLE orders (
        id           INTEGER PRIMARY KEY,
        status       TEXT NOT NULL,
        -- The coupon's percentage at checkout: the order keeps it, whatever
        -- happens to it afterwards.
        percent_off  INTEGER NOT NULL,
        subtotal     INTEGER NOT NULL,
        discount     INTEGER NOT NULL,
        total        INTEGER NOT NULL,
        -- The card provider's id for the payment, once there is one.
        charge_id    TEXT
    );

    CREATE TABLE order_lines (
        order_id    INTEGER NOT NULL REFERENCES orders (id),
        sku         TEXT NOT NULL REFERENCES products (sku),
        unit_price  INTEGER NOT NULL,
        quantity    INTEGER NOT NULL CHECK (quantity > 0),
        -- How many of them the customer gave back before the order shipped.
        refunded    INTEGER NOT NULL DEFAULT 0 CHECK (refunded >= 0),
        PRIMARY KEY (order_id, sku)
    );

    CREATE TABLE carts (
        id        INTEGER PRIMARY KEY,
        coupon    TEXT,
        -- Set at checkout: a cart that became an order takes no more changes.
        order_id  INTEGER REFERENCES orders (id)
    );

    CREATE TABLE cart_lines (
        cart_id   INTEGER NOT NULL REFERENCES carts (id),
        sku       TEXT NOT NULL REFERENCES products (sku),
        quantity  INTEGER NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (cart_id, sku)
    );
";

/// The shop's database.
pub struct Database {
    connection: Mutex<Connection>,
}

impl Database {
    /// A fresh, private database in memory, with the schema applied: what a
    /// test wants, since no one else can see it or write to it.
    pub fn open_in_memory() -> rusqlite::Result<Database> {
        let connection = Connection::open_in_memory()?;
        connection.execute_batch("PRAGMA foreign_keys = ON;")?;
        connection.execute_batch(SCHEMA)?;
        Ok(Database {
            connection: Mutex::new(connection),
        })
    }

    /// The connection, for as long as the guard lives: one workflow at a
    /// time, so that each one's transaction runs alone.
    pub(crate) fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic while the lock was held left no half-done change behind:
        // every change runs in a transaction, rolled back when dropped.
        self.connection
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}
