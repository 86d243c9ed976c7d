//! The inventory team's side of the provider states: for every state that
//! an interaction of the contract can be `given`, the stock the inventory
//! API starts from. Given.
//!
//! A state is a name that both teams agree on. The consumer writes it in the
//! contract; the provider's team writes its setup here. A contract that names
//! a state nobody set up cannot be verified, and the verifier says so.

use axum::Router;
use kata_11::inventory::{self, Inventory, Release, Shelf};

/// The inventory API, as one release of it, ready to be set up in any state.
#[derive(Debug, Clone, Copy)]
pub struct Provider {
    release: Release,
}

impl Provider {
    /// The inventory API as it runs today.
    pub fn current() -> Provider {
        Provider::of(Release::Current)
    }

    /// The inventory API with one of the changes its team wants to ship.
    pub fn of(release: Release) -> Provider {
        Provider { release }
    }

    // ANCHOR: in_state
    /// A new inventory API, with shelves of its own, in `state`; `None` for a
    /// state that the inventory team has written no setup for.
    #[allow(
        dead_code,
        reason = "your replay calls it in step 4; until then, nothing does"
    )]
    pub fn in_state(&self, state: &str) -> Option<Router> {
        let inventory = Inventory::default();
        match state {
            "KEYBOARD has 12 in stock" => inventory.put("KEYBOARD", Shelf::holding(12)),
            "MUG has 2 in stock" => inventory.put("MUG", Shelf::holding(2)),
            "LAMP is sold out until 2030-04-01" => {
                inventory.put("LAMP", Shelf::sold_out_until("2030-04-01"));
            }
            // Other products, but not that one.
            "UMBRELLA is not in the inventory" => inventory.put("KEYBOARD", Shelf::holding(12)),
            _ => return None,
        }
        Some(inventory::router(inventory, self.release))
    }
    // ANCHOR_END: in_state
}
