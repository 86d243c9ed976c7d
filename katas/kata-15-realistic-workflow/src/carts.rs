//! Carts: what a customer means to buy, with a coupon or without, until
//! checkout turns the cart into an order.

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::money::Cents;
use crate::pricing::Totals;

/// A cart as the API shows it. Prices are the catalog's prices of now: a
/// cart promises nothing until it is checked out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cart {
    pub id: i64,
    /// By SKU.
    pub lines: Vec<CartLine>,
    /// The coupon applied to the cart, as the shop spells it (`"COMEBACK15"`).
    pub coupon: Option<String>,
    pub totals: Totals,
    /// The order this cart became at checkout; `None` while it is open.
    pub order: Option<i64>,
}

/// One product in a cart, and how many.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartLine {
    pub sku: String,
    pub name: String,
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
    let Some((coupon, percent_off, order)) = connection
        .query_row(
            "SELECT coupon, discount_percent, order_id FROM carts WHERE id = ?1",
            [id],
            |row| {
                Ok((
                    row.get::<_, Option<String>>(0)?,
                    row.get::<_, u32>(1)?,
                    row.get::<_, Option<i64>>(2)?,
                ))
            },
        )
        .optional()?
    else {
        return Ok(None);
    };
    let mut statement = connection.prepare(
        "SELECT cart_lines.sku, products.name, products.price, cart_lines.quantity
         FROM cart_lines JOIN products ON products.sku = cart_lines.sku
         WHERE cart_lines.cart_id = ?1
         ORDER BY cart_lines.sku",
    )?;
    let lines = statement
        .query_map([id], |row| {
            Ok(CartLine {
                sku: row.get(0)?,
                name: row.get(1)?,
                unit_price: row.get(2)?,
                quantity: row.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let totals = Totals::of(
        lines.iter().map(|line| (line.unit_price, line.quantity)),
        percent_off,
    );
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

/// Puts the coupon `code`, worth `percent_off`, on the cart. A cart has one
/// coupon at most: applying one again changes nothing.
pub(crate) fn set_coupon(
    connection: &Connection,
    cart: i64,
    code: &str,
    percent_off: u32,
) -> rusqlite::Result<()> {
    connection.execute(
        "UPDATE carts SET coupon = ?2, discount_percent = ?3 WHERE id = ?1",
        params![cart, code, percent_off],
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
