//! Shipments: parcels waiting for the carrier.

use rusqlite::{OptionalExtension, params};

use crate::db::Database;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shipment {
    pub order_id: i64,
    pub address: String,
    pub status: String,
}

#[derive(Clone)]
pub struct Shipping {
    db: Database,
}

impl Shipping {
    pub fn new(db: Database) -> Shipping {
        Shipping { db }
    }

    /// Books a parcel for the order. Runs inside the caller's transaction.
    pub fn schedule(&self, order_id: i64, address: &str) -> rusqlite::Result<()> {
        self.db.connection().execute(
            "INSERT INTO shipments (order_id, address, status) VALUES (?1, ?2, 'scheduled')",
            params![order_id, address],
        )?;
        Ok(())
    }

    pub fn shipment_for(&self, order_id: i64) -> rusqlite::Result<Option<Shipment>> {
        self.db
            .connection()
            .query_row(
                "SELECT order_id, address, status FROM shipments WHERE order_id = ?1",
                [order_id],
                |row| {
                    Ok(Shipment {
                        order_id: row.get(0)?,
                        address: row.get(1)?,
                        status: row.get(2)?,
                    })
                },
            )
            .optional()
    }
}
