//! The real store: SQLite, through rusqlite.

use rusqlite::{Connection, OptionalExtension, params};

use crate::restock::{Stock, StockError};

const SCHEMA: &str = "
    CREATE TABLE products (
        sku       TEXT PRIMARY KEY,
        on_hand   INTEGER NOT NULL CHECK (on_hand >= 0)
    );

    CREATE TABLE waiting (
        sku       TEXT NOT NULL REFERENCES products (sku),
        email     TEXT NOT NULL,
        since     INTEGER PRIMARY KEY AUTOINCREMENT
    );
";

/// One SQLite database.
pub struct SqliteStock {
    connection: Connection,
}

impl SqliteStock {
    /// A fresh, private database in memory, with the schema applied.
    pub fn open_in_memory() -> Result<SqliteStock, StockError> {
        let connection = Connection::open_in_memory().map_err(database)?;
        connection.execute_batch(SCHEMA).map_err(database)?;
        Ok(SqliteStock { connection })
    }

    /// Adds a product with `on_hand` on the shelf.
    pub fn add_product(&self, sku: &str, on_hand: u32) -> Result<(), StockError> {
        self.connection
            .execute(
                "INSERT INTO products (sku, on_hand) VALUES (?1, ?2)",
                params![sku, on_hand],
            )
            .map_err(database)?;
        Ok(())
    }

    /// Puts `email` on the waiting list of `sku`.
    pub fn wait_for(&self, sku: &str, email: &str) -> Result<(), StockError> {
        self.connection
            .execute(
                "INSERT INTO waiting (sku, email) VALUES (?1, ?2)",
                params![sku, email],
            )
            .map_err(database)?;
        Ok(())
    }
}

impl Stock for SqliteStock {
    fn on_hand(&self, sku: &str) -> Result<u32, StockError> {
        self.connection
            .query_row(
                "SELECT on_hand FROM products WHERE sku = ?1",
                [sku],
                |row| row.get(0),
            )
            .optional()
            .map_err(database)?
            .ok_or_else(|| StockError::UnknownProduct(sku.to_owned()))
    }

    fn set_on_hand(&self, sku: &str, on_hand: u32) -> Result<(), StockError> {
        let changed = self
            .connection
            .execute(
                "UPDATE products SET on_hand = ?2 WHERE sku = ?1",
                params![sku, on_hand],
            )
            .map_err(database)?;
        if changed == 0 {
            return Err(StockError::UnknownProduct(sku.to_owned()));
        }
        Ok(())
    }

    fn waiting_for(&self, sku: &str) -> Result<Vec<String>, StockError> {
        let mut statement = self
            .connection
            .prepare("SELECT email FROM waiting WHERE sku = ?1 ORDER BY since")
            .map_err(database)?;
        let emails = statement
            .query_map([sku], |row| row.get(0))
            .map_err(database)?;
        emails.collect::<Result<_, _>>().map_err(database)
    }

    fn clear_waiting(&self, sku: &str) -> Result<(), StockError> {
        self.connection
            .execute("DELETE FROM waiting WHERE sku = ?1", [sku])
            .map_err(database)?;
        Ok(())
    }
}

fn database(error: rusqlite::Error) -> StockError {
    StockError::Database(error.to_string())
}
