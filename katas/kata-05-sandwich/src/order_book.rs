//! The real order store: paid orders, in SQLite.

use rusqlite::{OptionalExtension, params};

use crate::contract::{ChargeId, Order, OrderId, OrderStore, StorageError};
use crate::db::Database;

impl From<rusqlite::Error> for StorageError {
    fn from(error: rusqlite::Error) -> StorageError {
        StorageError(error.to_string())
    }
}

#[derive(Clone)]
pub struct OrderBook {
    db: Database,
}

impl OrderBook {
    pub fn new(db: Database) -> OrderBook {
        OrderBook { db }
    }

    pub fn order(&self, id: OrderId) -> Result<Option<Order>, StorageError> {
        let order = self
            .db
            .connection()
            .query_row(
                "SELECT id, customer, total_cents, charge_id FROM orders WHERE id = ?1",
                [id],
                |row| {
                    Ok(Order {
                        id: row.get(0)?,
                        customer: row.get(1)?,
                        total: row.get(2)?,
                        charge: ChargeId(row.get(3)?),
                    })
                },
            )
            .optional()?;
        Ok(order)
    }

    /// How many orders are recorded.
    pub fn count(&self) -> Result<u64, StorageError> {
        let count: i64 =
            self.db
                .connection()
                .query_row("SELECT COUNT(*) FROM orders", [], |row| row.get(0))?;
        Ok(count.unsigned_abs())
    }
}

impl OrderStore for OrderBook {
    fn next_id(&self) -> Result<OrderId, StorageError> {
        let connection = self.db.connection();
        connection.execute("INSERT INTO order_numbers DEFAULT VALUES", [])?;
        Ok(connection.last_insert_rowid())
    }

    fn save(&self, order: &Order) -> Result<(), StorageError> {
        self.db.connection().execute(
            "INSERT INTO orders (id, customer, total_cents, charge_id) VALUES (?1, ?2, ?3, ?4)",
            params![order.id, order.customer, order.total, order.charge.0],
        )?;
        Ok(())
    }
}
