//! Setting items aside for an order, and putting them back.
//!
//! The stock count of a product is what is for sale. An order takes its
//! items off the count when it is placed, so that two customers can never
//! buy the last mug twice, and puts them back if it is called off before
//! they leave the warehouse.

use rusqlite::{Connection, params};

/// Takes `quantity` of `sku` off the stock. Returns `false`, and changes
/// nothing, when fewer than that are left.
pub(crate) fn take(connection: &Connection, sku: &str, quantity: u32) -> rusqlite::Result<bool> {
    let changed = connection.execute(
        "UPDATE products SET stock = stock - ?2 WHERE sku = ?1 AND stock >= ?2",
        params![sku, quantity],
    )?;
    Ok(changed == 1)
}

/// Puts `quantity` of `sku` back on sale.
pub(crate) fn put_back(connection: &Connection, sku: &str, quantity: u32) -> rusqlite::Result<()> {
    connection.execute(
        "UPDATE products SET stock = stock + ?2 WHERE sku = ?1",
        params![sku, quantity],
    )?;
    Ok(())
}

/// How many of `sku` are for sale (0 for a product the shop doesn't have).
pub(crate) fn available(connection: &Connection, sku: &str) -> rusqlite::Result<u32> {
    connection.query_row(
        "SELECT coalesce((SELECT stock FROM products WHERE sku = ?1), 0)",
        [sku],
        |row| row.get(0),
    )
}
