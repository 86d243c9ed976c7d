//! Where orders and shipments are kept: SQLite, behind a `Store`. Each store
//! opens a database of its own, in memory, so each app built on one (and so
//! each test) starts from empty tables that no one else writes to.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use rusqlite::{Connection, OptionalExtension, params};

use crate::clock::Timestamp;
use crate::ids;
use crate::money::Cents;
use crate::orders::{Order, OrderLine};
use crate::shipping::{self, CARRIER, Shipment};

const SCHEMA: &str = "
    CREATE TABLE orders (
        id         INTEGER PRIMARY KEY,      -- internal: never sent to a client
        public_id  TEXT NOT NULL UNIQUE,
        placed_at  INTEGER NOT NULL,         -- seconds since 1970, UTC
        customer   TEXT NOT NULL
    );
    CREATE TABLE order_lines (
        order_id          INTEGER NOT NULL REFERENCES orders (id),
        position          INTEGER NOT NULL,  -- 0, 1, 2 ... as the customer gave them
        sku               TEXT NOT NULL,
        name              TEXT NOT NULL,
        quantity          INTEGER NOT NULL,
        unit_price_cents  INTEGER NOT NULL,
        PRIMARY KEY (order_id, position)
    );
    CREATE TABLE shipments (
        id          INTEGER PRIMARY KEY,     -- internal, like orders.id
        public_id   TEXT NOT NULL UNIQUE,
        order_id    INTEGER NOT NULL REFERENCES orders (id),
        shipped_at  INTEGER NOT NULL,
        carrier     TEXT NOT NULL
    );
";

/// A handle on one database. Clones share it.
///
/// Handlers call it directly, on the async runtime: an in-memory SQLite
/// answers in microseconds. (Chapter 7 says what a slower database needs.)
#[derive(Clone)]
pub struct Store {
    connection: Arc<Mutex<Connection>>,
}

impl Store {
    /// A fresh, private database in memory, with the schema applied.
    pub fn open_in_memory() -> rusqlite::Result<Store> {
        let connection = Connection::open_in_memory()?;
        connection.execute_batch(SCHEMA)?;
        Ok(Store {
            connection: Arc::new(Mutex::new(connection)),
        })
    }

    /// Stores a new order, placed now, under a fresh public id, and returns
    /// it. The order and its lines are stored whole or not at all.
    pub fn place(&self, customer: &str, lines: Vec<OrderLine>) -> rusqlite::Result<Order> {
        let public_id = ids::order_id();
        let placed_at = Timestamp::now();
        let mut connection = self.connection();
        let transaction = connection.transaction()?;
        transaction.execute(
            "INSERT INTO orders (public_id, placed_at, customer) VALUES (?1, ?2, ?3)",
            params![public_id, placed_at.unix_seconds(), customer],
        )?;
        let id = transaction.last_insert_rowid();
        for (position, line) in (0_i64..).zip(&lines) {
            transaction.execute(
                "INSERT INTO order_lines
                     (order_id, position, sku, name, quantity, unit_price_cents)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    id,
                    position,
                    line.sku,
                    line.name,
                    line.quantity,
                    line.unit_price.0
                ],
            )?;
        }
        transaction.commit()?;
        Ok(Order {
            id,
            public_id,
            placed_at,
            customer: customer.to_string(),
            lines,
        })
    }

    /// The order with this public id, or `None` when there is none.
    pub fn find(&self, public_id: &str) -> rusqlite::Result<Option<Order>> {
        let connection = self.connection();
        let Some((id, placed_at, customer)) = connection
            .query_row(
                "SELECT id, placed_at, customer FROM orders WHERE public_id = ?1",
                [public_id],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .optional()?
        else {
            return Ok(None);
        };
        let mut statement = connection.prepare(
            "SELECT sku, name, quantity, unit_price_cents FROM order_lines
             WHERE order_id = ?1 ORDER BY position",
        )?;
        let lines = statement
            .query_map([id], |row| {
                Ok(OrderLine {
                    sku: row.get(0)?,
                    name: row.get(1)?,
                    quantity: row.get(2)?,
                    unit_price: Cents(row.get(3)?),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Some(Order {
            id,
            public_id: public_id.to_string(),
            placed_at: Timestamp::from_unix_seconds(placed_at),
            customer,
            lines,
        }))
    }

    /// Records that `order` leaves the warehouse now, under a fresh public
    /// id, and returns the shipment.
    pub fn ship(&self, order: &Order) -> rusqlite::Result<Shipment> {
        let public_id = ids::shipment_id();
        let shipped_at = Timestamp::now();
        let connection = self.connection();
        connection.execute(
            "INSERT INTO shipments (public_id, order_id, shipped_at, carrier)
             VALUES (?1, ?2, ?3, ?4)",
            params![public_id, order.id, shipped_at.unix_seconds(), CARRIER],
        )?;
        Ok(Shipment {
            id: connection.last_insert_rowid(),
            public_id,
            order: order.public_id.clone(),
            shipped_at,
            carrier: CARRIER,
            contents: shipping::contents(order),
        })
    }

    fn connection(&self) -> MutexGuard<'_, Connection> {
        // A lock is poisoned when a thread panicked while holding it. Every
        // write here is one statement or one transaction, which SQLite
        // applies whole or not at all, so the connection is still sound.
        self.connection
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}
