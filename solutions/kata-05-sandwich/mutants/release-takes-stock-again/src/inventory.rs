//! The real stock: products, their prices and how many are on the shelf, in
//! SQLite.

use rusqlite::{OptionalExtension, params};

use crate::contract::{Stock, StockError};
use crate::db::Database;
use crate::money::Cents;

impl From<rusqlite::Error> for StockError {
    fn from(error: rusqlite::Error) -> StockError {
        StockError::Storage(error.to_string())
    }
}

#[derive(Clone)]
pub struct Inventory {
    db: Database,
}

impl Inventory {
    pub fn new(db: Database) -> Inventory {
        Inventory { db }
    }

    pub fn add_product(
        &self,
        sku: &str,
        name: &str,
        price: Cents,
        stock: u32,
    ) -> Result<(), StockError> {
        self.db.connection().execute(
            "INSERT INTO products (sku, name, price_cents, stock) VALUES (?1, ?2, ?3, ?4)",
            params![sku, name, price, stock],
        )?;
        Ok(())
    }

    /// How many items of `sku` are on the shelf, not reserved by any order.
    pub fn available(&self, sku: &str) -> Result<u32, StockError> {
        self.db
            .connection()
            .query_row("SELECT stock FROM products WHERE sku = ?1", [sku], |row| {
                row.get(0)
            })
            .optional()?
            .ok_or_else(|| StockError::UnknownProduct(sku.to_string()))
    }
}

impl Stock for Inventory {
    fn price(&self, sku: &str) -> Result<Cents, StockError> {
        self.db
            .connection()
            .query_row(
                "SELECT price_cents FROM products WHERE sku = ?1",
                [sku],
                |row| row.get(0),
            )
            .optional()?
            .ok_or_else(|| StockError::UnknownProduct(sku.to_string()))
    }

    fn reserve(&self, sku: &str, quantity: u32) -> Result<(), StockError> {
        // One statement checks and takes, so nothing can come in between.
        let taken = self.db.connection().execute(
            "UPDATE products SET stock = stock - ?1 WHERE sku = ?2 AND stock >= ?1",
            params![quantity, sku],
        )?;
        if taken == 1 {
            return Ok(());
        }
        Err(StockError::OutOfStock {
            sku: sku.to_string(),
            wanted: quantity,
            available: self.available(sku)?,
        })
    }

    fn release(&self, sku: &str, quantity: u32) -> Result<(), StockError> {
        let updated = self.db.connection().execute(
            "UPDATE products SET stock = stock - ?1 WHERE sku = ?2",
            params![quantity, sku],
        )?;
        if updated == 1 {
            Ok(())
        } else {
            Err(StockError::UnknownProduct(sku.to_string()))
        }
    }
}
