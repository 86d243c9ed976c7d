//! Step 4: the reports that the warehouse reads.

use kata_14::inventory::Inventory;
use kata_14::reports;

pub fn the_reorder_list_names_every_sku_that_runs_low() {
    // Five jars is not fewer than five: they are not low.
    let inventory =
        Inventory::with_counts(&[("CUP", 1), ("JAR", 5), ("MUG", 2), ("PEN", 40), ("TEA", 3)]);

    let to_reorder = reports::reorder_list(&inventory, 5);

    assert_eq!(to_reorder, ["CUP", "MUG", "TEA"]);
}

pub fn the_stock_sheet_follows_the_shelves() {
    let inventory =
        Inventory::with_counts(&[("CUP", 1), ("JAR", 7), ("MUG", 2), ("PEN", 40), ("TEA", 3)]);

    let sheet = reports::stock_sheet(&inventory);

    assert_eq!(sheet, "CUP 1\nJAR 7\nMUG 2\nPEN 40\nTEA 3\n");
}
