//! What the warehouse reads: the list of skus to reorder, and the stock
//! sheet for the weekly count.

use std::fmt::Write;

use crate::inventory::Inventory;

/// The skus with fewer than `threshold` on the shelves, for the buyer to
/// reorder. The buyer orders them all at once, so the list comes in no
/// particular order.
pub fn reorder_list(inventory: &Inventory, threshold: u32) -> Vec<String> {
    inventory
        .iter()
        .filter(|&(_, count)| count < threshold)
        .map(|(sku, _)| sku.to_string())
        .collect()
}

/// The stock sheet that the staff take round the shelves for the weekly
/// count: one line per sku, `SKU COUNT`, sorted by sku, as the shelves are.
pub fn stock_sheet(inventory: &Inventory) -> String {
    // The inventory keeps no order: the sheet's order is the sheet's job.
    let mut shelves: Vec<(&str, u32)> = inventory.iter().collect();
    shelves.sort_unstable();
    let mut sheet = String::new();
    for (sku, count) in shelves {
        // Writing to a String cannot fail.
        let _ = writeln!(sheet, "{sku} {count}");
    }
    sheet
}
