//! Data that another test made: a price table that the tests share.

use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard, PoisonError};

/// The price of each sku, in cents, loaded from the supplier's price list.
#[derive(Debug, Default)]
pub struct PriceTable {
    prices: BTreeMap<String, u64>,
}

impl PriceTable {
    pub const fn new() -> PriceTable {
        PriceTable {
            prices: BTreeMap::new(),
        }
    }

    /// Loads a price list, `SKU,CENTS` a line, in place of the last one.
    pub fn load(&mut self, list: &str) {
        self.prices = list
            .lines()
            .filter_map(|line| {
                let (sku, cents) = line.split_once(',')?;
                Some((sku.to_string(), cents.trim().parse().ok()?))
            })
            .collect();
    }

    pub fn count(&self) -> usize {
        self.prices.len()
    }

    pub fn price_of(&self, sku: &str) -> Option<u64> {
        self.prices.get(sku).copied()
    }
}

/// The supplier's price list.
pub const PRICE_LIST: &str = "MUG,1200\nTEA,450\nKETTLE,3900\n";

// ANCHOR: shared
/// The price table of the test run. Loading a real one takes seconds, so
/// the tests share one.
pub fn shared_price_table() -> MutexGuard<'static, PriceTable> {
    static TABLE: Mutex<PriceTable> = Mutex::new(PriceTable::new());
    TABLE.lock().unwrap_or_else(PoisonError::into_inner)
}
// ANCHOR_END: shared

// ANCHOR: tests
pub fn loading_the_price_list_reads_every_line() {
    let mut table = shared_price_table();

    table.load(PRICE_LIST);

    assert_eq!(table.count(), 3);
}

pub fn a_price_can_be_looked_up() {
    let table = shared_price_table();

    assert_eq!(table.price_of("KETTLE"), Some(3900));
}
// ANCHOR_END: tests
