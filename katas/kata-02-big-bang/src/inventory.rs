//! Products, their prices, and how many are in stock.

use rusqlite::{OptionalExtension, params};

use crate::db::Database;
use crate::money::Cents;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InventoryError {
    UnknownProduct(String),
    OutOfStock {
        sku: String,
        wanted: u32,
        available: u32,
    },
    Database(String),
}

impl From<rusqlite::Error> for InventoryError {
    fn from(error: rusqlite::Error) -> InventoryError {
        InventoryError::Database(error.to_string())
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
    ) -> Result<(), InventoryError> {
        self.db.connection().execute(
            "INSERT INTO products (sku, name, price_cents, stock) VALUES (?1, ?2, ?3, ?4)",
            params![sku, name, price, stock],
        )?;
        Ok(())
    }

    pub fn price(&self, sku: &str) -> Result<Cents, InventoryError> {
        self.db
            .connection()
            .query_row(
                "SELECT price_cents FROM products WHERE sku = ?1",
                [sku],
                |row| row.get(0),
            )
            .optional()?
            .ok_or_else(|| InventoryError::UnknownProduct(sku.to_string()))
    }

    /// How many of `sku` are in stock and not reserved by an order.
    pub fn available(&self, sku: &str) -> Result<u32, InventoryError> {
        self.db
            .connection()
            .query_row("SELECT stock FROM products WHERE sku = ?1", [sku], |row| {
                row.get(0)
            })
            .optional()?
            .ok_or_else(|| InventoryError::UnknownProduct(sku.to_string()))
    }

    /// Takes `quantity` of `sku` out of stock, or nothing at all if there are
    /// not that many. Runs inside the caller's transaction, if there is one.
    pub fn reserve(&self, sku: &str, quantity: u32) -> Result<(), InventoryError> {
        let available = self.available(sku)?;
        let taken = self.db.connection().execute(
            "UPDATE products SET stock = stock - ?1 WHERE sku = ?2 AND stock >= ?1",
            params![quantity, sku],
        )?;
        if taken == 1 {
            Ok(())
        } else {
            Err(InventoryError::OutOfStock {
                sku: sku.to_string(),
                wanted: quantity,
                available,
            })
        }
    }
}
