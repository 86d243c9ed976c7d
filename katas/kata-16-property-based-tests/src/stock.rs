//! What the warehouse holds, and what of it is for sale.
//!
//! A checkout sets its items aside without moving them: an item is set
//! aside while an order that is pending or paid still holds it. What is
//! for sale is what the warehouse holds, less what is set aside. Shipping
//! takes the items out of the warehouse; cancelling an order, or giving
//! items back before it ships, frees them for sale again.

use rusqlite::{Connection, OptionalExtension, params};

/// What is for sale of the product of the row, as an SQL expression: what
/// the warehouse holds, less what pending and paid orders still hold (their
/// quantities, less what was given back).
pub(crate) const FOR_SALE: &str = "products.on_hand - (
    SELECT coalesce(sum(order_lines.quantity - order_lines.refunded), 0)
    FROM order_lines JOIN orders ON orders.id = order_lines.order_id
    WHERE order_lines.sku = products.sku AND orders.status IN ('pending', 'paid'))";

/// Whether `quantity` of `sku` are for sale, to be set aside. `None` for a
/// product the shop doesn't have.
pub(crate) fn can_set_aside(
    connection: &Connection,
    sku: &str,
    quantity: u32,
) -> rusqlite::Result<Option<bool>> {
    let query = format!("SELECT {FOR_SALE} >= ?2 FROM products WHERE sku = ?1");
    connection
        .prepare(&query)?
        .query_row(params![sku, quantity], |row| row.get(0))
        .optional()
}

/// The warehouse receives `quantity` more of `sku`.
pub(crate) fn receive(connection: &Connection, sku: &str, quantity: u32) -> rusqlite::Result<()> {
    connection.execute(
        "UPDATE products SET on_hand = on_hand + ?2 WHERE sku = ?1",
        params![sku, quantity],
    )?;
    Ok(())
}

/// `quantity` of `sku` leave the warehouse, in a parcel.
pub(crate) fn send(connection: &Connection, sku: &str, quantity: u32) -> rusqlite::Result<()> {
    connection.execute(
        "UPDATE products SET on_hand = on_hand - ?2 WHERE sku = ?1",
        params![sku, quantity],
    )?;
    Ok(())
}
