//! Orders, as the store keeps them: what was ordered, at which prices and
//! percentage off, what was given back, and where the order is in its life.

use rusqlite::{Connection, OptionalExtension, params};

use crate::money::Cents;
use crate::order_status::OrderStatus;
use crate::payments::ChargeId;
use crate::pricing::Totals;

/// An order as the shop shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    pub id: i64,
    pub status: OrderStatus,
    /// By SKU, at the prices of the moment of checkout.
    pub lines: Vec<OrderLine>,
    /// The coupon's percentage at checkout, kept for the order's life.
    pub percent_off: u32,
    /// The totals at checkout: what the order costs, and what paying it
    /// charges.
    pub totals: Totals,
}

/// One product in an order: how many were ordered, and how many of those
/// were given back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderLine {
    pub sku: String,
    pub unit_price: Cents,
    pub quantity: u32,
    pub refunded: u32,
}

impl OrderLine {
    /// How many of the line the order still holds.
    pub fn left(&self) -> u32 {
        self.quantity - self.refunded
    }
}

impl Order {
    /// The totals of what the order still holds, at its own percentage off.
    pub fn left(&self) -> Totals {
        Totals::of(
            self.lines.iter().map(|line| (line.unit_price, line.left())),
            self.percent_off,
        )
    }
}

/// An order, and what the shop keeps about it that it does not show.
pub(crate) struct StoredOrder {
    pub order: Order,
    /// The payment, once the order is paid for.
    pub charge: Option<ChargeId>,
}

/// Stores a new, pending order of `lines` (SKU, unit price, quantity);
/// returns its id.
pub(crate) fn insert(
    connection: &Connection,
    lines: &[(String, Cents, u32)],
    percent_off: u32,
    totals: Totals,
) -> rusqlite::Result<i64> {
    let id: i64 = connection.query_row(
        "INSERT INTO orders (status, percent_off, subtotal, discount, total)
         VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
        params![
            OrderStatus::Pending,
            percent_off,
            totals.subtotal,
            totals.discount,
            totals.total
        ],
        |row| row.get(0),
    )?;
    for (sku, unit_price, quantity) in lines {
        connection.execute(
            "INSERT INTO order_lines (order_id, sku, unit_price, quantity) VALUES (?1, ?2, ?3, ?4)",
            params![id, sku, unit_price, quantity],
        )?;
    }
    Ok(id)
}

/// The order with this id, or `None` when there is none.
pub(crate) fn find(connection: &Connection, id: i64) -> rusqlite::Result<Option<StoredOrder>> {
    let Some((status, percent_off, totals, charge)) = connection
        .query_row(
            "SELECT status, percent_off, subtotal, discount, total, charge_id
             FROM orders WHERE id = ?1",
            [id],
            |row| {
                Ok((
                    row.get(0)?,
                    row.get(1)?,
                    Totals {
                        subtotal: row.get(2)?,
                        discount: row.get(3)?,
                        total: row.get(4)?,
                    },
                    row.get::<_, Option<String>>(5)?.map(ChargeId),
                ))
            },
        )
        .optional()?
    else {
        return Ok(None);
    };
    let lines = connection
        .prepare(
            "SELECT sku, unit_price, quantity, refunded FROM order_lines
             WHERE order_id = ?1 ORDER BY sku",
        )?
        .query_map([id], |row| {
            Ok(OrderLine {
                sku: row.get(0)?,
                unit_price: row.get(1)?,
                quantity: row.get(2)?,
                refunded: row.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(Some(StoredOrder {
        order: Order {
            id,
            status,
            lines,
            percent_off,
            totals,
        },
        charge,
    }))
}

/// Moves the order to `status`.
pub(crate) fn set_status(
    connection: &Connection,
    id: i64,
    status: OrderStatus,
) -> rusqlite::Result<()> {
    connection.execute(
        "UPDATE orders SET status = ?2 WHERE id = ?1",
        params![id, status],
    )?;
    Ok(())
}

/// Records the order's payment, and moves it to `status`.
pub(crate) fn set_paid(
    connection: &Connection,
    id: i64,
    status: OrderStatus,
    charge: &ChargeId,
) -> rusqlite::Result<()> {
    connection.execute(
        "UPDATE orders SET status = ?2, charge_id = ?3 WHERE id = ?1",
        params![id, status, charge.0],
    )?;
    Ok(())
}

/// Records that `quantity` more of the line of `sku` were given back.
pub(crate) fn add_refunded(
    connection: &Connection,
    id: i64,
    sku: &str,
    quantity: u32,
) -> rusqlite::Result<()> {
    connection.execute(
        "UPDATE order_lines SET refunded = refunded + ?3 WHERE order_id = ?1 AND sku = ?2",
        params![id, sku, quantity],
    )?;
    Ok(())
}
