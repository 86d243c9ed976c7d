//! Stock on the shelves, and reservations taken out of it.

use std::collections::HashMap;
use std::fmt;

/// Proof that stock was set aside; give it back with [`Inventory::release`].
#[derive(Debug, PartialEq, Eq)]
pub struct Reservation {
    lines: Vec<(String, u32)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutOfStock {
    pub sku: String,
    pub wanted: u32,
    pub available: u32,
}

impl fmt::Display for OutOfStock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} wanted of {}, {} available",
            self.wanted, self.sku, self.available
        )
    }
}

#[derive(Debug, Default)]
pub struct Inventory {
    stock: HashMap<String, u32>,
}

impl Inventory {
    pub fn new() -> Inventory {
        Inventory::default()
    }

    pub fn restock(&mut self, sku: &str, quantity: u32) {
        *self.stock.entry(sku.to_string()).or_default() += quantity;
    }

    pub fn available(&self, sku: &str) -> u32 {
        self.stock.get(sku).copied().unwrap_or(0)
    }

    /// Sets aside every line, or none of them: if one line cannot be
    /// served, nothing is taken.
    pub fn reserve(&mut self, lines: &[(String, u32)]) -> Result<Reservation, OutOfStock> {
        for (sku, wanted) in lines {
            let wanted_in_total: u32 = lines.iter().filter(|(s, _)| s == sku).map(|(_, q)| q).sum();
            let available = self.available(sku);
            if wanted_in_total > available {
                return Err(OutOfStock {
                    sku: sku.clone(),
                    wanted: *wanted,
                    available,
                });
            }
        }
        for (sku, wanted) in lines {
            *self.stock.entry(sku.clone()).or_default() -= wanted;
        }
        Ok(Reservation {
            lines: lines.to_vec(),
        })
    }

    /// Puts reserved stock back on the shelves.
    pub fn release(&mut self, reservation: Reservation) {
        for (sku, quantity) in reservation.lines {
            self.restock(&sku, quantity);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(sku: &str, quantity: u32) -> (String, u32) {
        (sku.to_string(), quantity)
    }

    #[test]
    fn a_reservation_takes_stock_and_a_release_puts_it_back() {
        let mut inventory = Inventory::new();
        inventory.restock("MUG", 10);
        let reservation = inventory.reserve(&[line("MUG", 3)]).unwrap();
        assert_eq!(inventory.available("MUG"), 7);
        inventory.release(reservation);
        assert_eq!(inventory.available("MUG"), 10);
    }

    #[test]
    fn reserves_all_lines_or_none() {
        let mut inventory = Inventory::new();
        inventory.restock("MUG", 10);
        inventory.restock("KEYBOARD", 1);
        let refused = inventory.reserve(&[line("MUG", 2), line("KEYBOARD", 2)]);
        assert_eq!(
            refused,
            Err(OutOfStock {
                sku: "KEYBOARD".into(),
                wanted: 2,
                available: 1
            })
        );
        assert_eq!(
            inventory.available("MUG"),
            10,
            "a refused reservation takes nothing"
        );
    }

    #[test]
    fn the_last_items_on_the_shelf_can_be_reserved() {
        let mut inventory = Inventory::new();
        inventory.restock("MUG", 3);
        let reserved = inventory.reserve(&[line("MUG", 1), line("MUG", 2)]);
        assert!(
            reserved.is_ok(),
            "asking for exactly what is on the shelf should succeed, got {reserved:?}"
        );
        assert_eq!(inventory.available("MUG"), 0);
    }

    #[test]
    fn a_refusal_reads_as_what_was_wanted_and_what_is_left() {
        let refusal = OutOfStock {
            sku: "MUG".into(),
            wanted: 4,
            available: 3,
        };
        assert_eq!(
            refusal.to_string(),
            "4 wanted of MUG, 3 available",
            "the checkout shows this message to the customer: it should say what is missing"
        );
    }
}
