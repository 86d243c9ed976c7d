//! Carts: what a customer means to buy, until checkout turns the cart into
//! an order.

use rusqlite::{Connection, OptionalExtension, params};

use crate::coupons;
use crate::money::Cents;
use crate::pricing::Totals;

/// A cart as the shop shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cart {
    pub id: i64,
    /// By SKU.
    pub lines: Vec<CartLine>,
    /// The coupon on the cart, if any.
    pub coupon: Option<String>,
    /// Worked out from the lines and the coupon as they are now.
    pub totals: Totals,
    /// The order this cart became at checkout; `None` while it is open.
    pub order: Option<i64>,
}

/// One product in a cart, and how many.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CartLine {
    pub sku: String,
    pub unit_price: Cents,
    pub quantity: u32,
}

/// A new, empty cart; returns its id.
pub(crate) fn create(connection: &Connection) -> rusqlite::Result<i64> {
    connection.query_row("INSERT INTO carts DEFAULT VALUES RETURNING id", [], |row| {
        row.get(0)
    })
}

/// The cart with this id, or `None` when there is none.
pub(crate) fn find(connection: &Connection, id: i64) -> rusqlite::Result<Option<Cart>> {
    let Some((coupon, order)) = connection
        .query_row(
            "SELECT coupon, order_id FROM carts WHERE id = ?1",
            [id],
            |row| Ok((row.get::<_, Option<String>>(0)?, row.get(1)?)),
        )
        .optional()?
    else {
        return Ok(None);
    };
    let lines = connection
        .prepare(
            "SELECT cart_lines.sku, products.price, cart_lines.quantity
             FROM cart_lines JOIN products ON products.sku = cart_lines.sku
             WHERE cart_lines.cart_id = ?1
             ORDER BY cart_lines.sku",
        )?
        .query_map([id], |row| {
            Ok(CartLine {
                sku: row.get(0)?,
                unit_price: row.get(1)?,
                quantity: row.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let priced = || lines.iter().map(|line| (line.unit_price, line.quantity));
    let subtotal = Totals::of(priced(), 0).subtotal;
    let totals = Totals::of(priced(), coupons::percent_off(coupon.as_deref(), subtotal));
    Ok(Some(Cart {
        id,
        lines,
        coupon,
        totals,
        order,
    }))
}

/// Adds `quantity` of `sku` to the cart: a product already in it gets more.
pub(crate) fn add_line(
    connection: &Connection,
    cart: i64,
    sku: &str,
    quantity: u32,
) -> rusqlite::Result<()> {
    connection.execute(
        "INSERT INTO cart_lines (cart_id, sku, quantity) VALUES (?1, ?2, ?3)
         ON CONFLICT (cart_id, sku) DO UPDATE SET quantity = quantity + excluded.quantity",
        params![cart, sku, quantity],
    )?;
    Ok(())
}

/// Takes the line of `sku` out of the cart, if it has one.
pub(crate) fn remove_line(connection: &Connection, cart: i64, sku: &str) -> rusqlite::Result<()> {
    connection.execute(
        "DELETE FROM cart_lines WHERE cart_id = ?1 AND sku = ?2",
        params![cart, sku],
    )?;
    Ok(())
}

/// Puts the coupon `code` on the cart. A cart has one coupon at most.
pub(crate) fn set_coupon(connection: &Connection, cart: i64, code: &str) -> rusqlite::Result<()> {
    connection.execute(
        "UPDATE carts SET coupon = ?2 WHERE id = ?1",
        params![cart, code],
    )?;
    Ok(())
}

/// Marks the cart as checked out, as `order`: it takes no more changes.
pub(crate) fn close(connection: &Connection, cart: i64, order: i64) -> rusqlite::Result<()> {
    connection.execute(
        "UPDATE carts SET order_id = ?2 WHERE id = ?1",
        params![cart, order],
    )?;
    Ok(())
}
