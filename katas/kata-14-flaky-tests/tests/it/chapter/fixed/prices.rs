//! Data that another test made, fixed: each test loads a price table of its
//! own.

use crate::chapter::flaky::prices::{PRICE_LIST, PriceTable};

// ANCHOR: fixture
/// A price table of its own, loaded from the supplier's price list: three
/// lines take microseconds. (A real table would be a fresh in-memory
/// database, or one transaction rolled back after the test.)
fn price_table() -> PriceTable {
    let mut table = PriceTable::new();
    table.load(PRICE_LIST);
    table
}
// ANCHOR_END: fixture

pub fn loading_the_price_list_reads_every_line() {
    let mut table = PriceTable::new();

    table.load(PRICE_LIST);

    assert_eq!(table.count(), 3);
}

// ANCHOR: lookup
pub fn a_price_can_be_looked_up() {
    let table = price_table();

    assert_eq!(table.price_of("KETTLE"), Some(3900));
}
// ANCHOR_END: lookup
