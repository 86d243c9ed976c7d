//! What the inventory knows: how many of each product are left, and when a
//! sold-out product comes back.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

/// One product's shelf.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shelf {
    /// Items that nobody has reserved yet.
    pub available: u32,
    /// When the next delivery arrives, as `YYYY-MM-DD`, if one is planned.
    pub restock_date: Option<String>,
}

impl Shelf {
    /// A shelf with `available` items and no delivery planned.
    pub fn holding(available: u32) -> Shelf {
        Shelf {
            available,
            restock_date: None,
        }
    }

    /// An empty shelf, with a delivery planned on `date` (`YYYY-MM-DD`).
    pub fn sold_out_until(date: &str) -> Shelf {
        Shelf {
            available: 0,
            restock_date: Some(date.to_string()),
        }
    }
}

/// Why a reservation was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReserveError {
    UnknownSku,
    NotEnough { available: u32 },
}

/// Every shelf, by sku. Clones share the shelves, so the router's handlers
/// all see the same stock.
#[derive(Debug, Clone, Default)]
pub struct Inventory {
    state: Arc<Mutex<State>>,
}

#[derive(Debug, Default)]
struct State {
    shelves: HashMap<String, Shelf>,
    reservations_made: u32,
}

impl Inventory {
    /// Puts `shelf` in place for `sku`, replacing any shelf it had.
    pub fn put(&self, sku: &str, shelf: Shelf) {
        self.state().shelves.insert(sku.to_string(), shelf);
    }

    /// The shelf of `sku`, if the inventory carries it.
    pub fn shelf(&self, sku: &str) -> Option<Shelf> {
        self.state().shelves.get(sku).cloned()
    }

    /// Takes `quantity` items of `sku` off the shelf, and returns the new
    /// reservation's id: `res-1`, `res-2`, and so on.
    pub fn reserve(&self, sku: &str, quantity: u32) -> Result<String, ReserveError> {
        let mut state = self.state();
        let shelf = state.shelves.get_mut(sku).ok_or(ReserveError::UnknownSku)?;
        if shelf.available < quantity {
            return Err(ReserveError::NotEnough {
                available: shelf.available,
            });
        }
        shelf.available -= quantity;
        state.reservations_made += 1;
        Ok(format!("res-{}", state.reservations_made))
    }

    fn state(&self) -> MutexGuard<'_, State> {
        // Every change above is made in one step, after its checks: a panic
        // elsewhere cannot leave the shelves half-changed.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
