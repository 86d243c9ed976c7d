//! Layer 2: the stock repository.

use rusqlite::{Connection, ErrorCode, OptionalExtension, params};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StockError {
    /// No shelf holds this product.
    UnknownSku(String),
    /// The move would take the shelf below zero.
    NotEnough(String),
    Database(String),
}

impl From<rusqlite::Error> for StockError {
    fn from(error: rusqlite::Error) -> StockError {
        StockError::Database(error.to_string())
    }
}

pub struct StockRepository {
    connection: Connection,
}

impl StockRepository {
    pub fn new(connection: Connection) -> StockRepository {
        StockRepository { connection }
    }

    /// The connection underneath, for a driver that checks the rows
    /// themselves.
    pub fn connection(&self) -> &Connection {
        &self.connection
    }

    pub fn add_shelf(&self, sku: &str, on_hand: u32) -> Result<(), StockError> {
        self.connection.execute(
            "INSERT INTO shelves (sku, on_hand) VALUES (?1, ?2)",
            params![sku, on_hand],
        )?;
        Ok(())
    }

    pub fn on_hand(&self, sku: &str) -> Result<Option<u32>, StockError> {
        Ok(self
            .connection
            .query_row("SELECT on_hand FROM shelves WHERE sku = ?1", [sku], |row| {
                row.get(0)
            })
            .optional()?)
    }

    // ANCHOR: move_stock
    /// Adds `delta` (negative to take items away) to the shelf of `sku`, and
    /// logs the move, both or neither. It leaves "not enough" to the
    /// schema's CHECK rather than reading the shelf first.
    pub fn move_stock(&self, sku: &str, delta: i64) -> Result<(), StockError> {
        let tx = self.connection.unchecked_transaction()?;
        let changed = tx
            .execute(
                "UPDATE shelves SET on_hand = on_hand + ?1 WHERE sku = ?2",
                params![delta, sku],
            )
            .map_err(|error| match error.sqlite_error_code() {
                Some(ErrorCode::ConstraintViolation) => StockError::NotEnough(sku.to_string()),
                _ => error.into(),
            })?;
        if changed == 0 {
            return Err(StockError::UnknownSku(sku.to_string()));
        }
        tx.execute(
            "INSERT INTO moves (sku, delta) VALUES (?1, ?2)",
            params![sku, delta],
        )?;
        tx.commit()?;
        Ok(())
    }
    // ANCHOR_END: move_stock
}
