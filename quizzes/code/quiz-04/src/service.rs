//! Layer 3: the warehouse, with the shop's rules.

use crate::repository::{StockError, StockRepository};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WarehouseError {
    /// Receiving or picking nothing is a mistake at the dock, not a move.
    NothingToMove,
    Stock(StockError),
}

impl From<StockError> for WarehouseError {
    fn from(error: StockError) -> WarehouseError {
        WarehouseError::Stock(error)
    }
}

pub struct Warehouse {
    stock: StockRepository,
}

impl Warehouse {
    pub fn new(stock: StockRepository) -> Warehouse {
        Warehouse { stock }
    }

    /// The layer below, already tested, for a driver to look through.
    pub fn repository(&self) -> &StockRepository {
        &self.stock
    }

    // ANCHOR: pick
    /// Puts `quantity` items of `sku` on its shelf.
    pub fn receive(&self, sku: &str, quantity: u32) -> Result<(), WarehouseError> {
        if quantity == 0 {
            return Err(WarehouseError::NothingToMove);
        }
        Ok(self.stock.move_stock(sku, i64::from(quantity))?)
    }

    /// Takes `quantity` items of `sku` off its shelf, for an order. A shelf
    /// that holds fewer is refused as `NotEnough` by the layers below.
    pub fn pick(&self, sku: &str, quantity: u32) -> Result<(), WarehouseError> {
        if quantity == 0 {
            return Err(WarehouseError::NothingToMove);
        }
        Ok(self.stock.move_stock(sku, -i64::from(quantity))?)
    }
    // ANCHOR_END: pick
}
