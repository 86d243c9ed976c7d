//! Orders, as the database keeps them: who ordered, what, at which prices,
//! and where the order is in its life (see [`crate::order_status`]).

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::money::Cents;
use crate::order_status::OrderStatus;
use crate::payments::ChargeId;
use crate::pricing::Totals;

/// An order as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Order {
    pub id: i64,
    /// Where the shop sends its notifications about this order.
    pub email: String,
    pub status: OrderStatus,
    /// By SKU, at the prices of the moment of checkout.
    pub lines: Vec<OrderLine>,
    pub totals: Totals,
}

/// One product in an order, and how many.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderLine {
    pub sku: String,
    pub name: String,
    pub unit_price: Cents,
    pub quantity: u32,
}

/// An order, and what the shop keeps about it that the API does not show.
pub(crate) struct StoredOrder {
    pub order: Order,
    /// The payment, once the order is paid for: what a refund gives back.
    pub charge: Option<ChargeId>,
}

/// Stores a new, pending order; returns its id.
pub(crate) fn insert(
    connection: &Connection,
    email: &str,
    lines: &[OrderLine],
    totals: Totals,
) -> rusqlite::Result<i64> {
    let id: i64 = connection.query_row(
        "INSERT INTO orders (email, status, subtotal, discount, total)
         VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
        params![
            email,
            OrderStatus::Pending,
            totals.subtotal,
            totals.discount,
            totals.total
        ],
        |row| row.get(0),
    )?;
    for line in lines {
        connection.execute(
            "INSERT INTO order_lines (order_id, sku, name, unit_price, quantity)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, line.sku, line.name, line.unit_price, line.quantity],
        )?;
    }
    Ok(id)
}

/// The order with this id, or `None` when there is none.
pub(crate) fn find(connection: &Connection, id: i64) -> rusqlite::Result<Option<StoredOrder>> {
    let Some((email, status, totals, charge)) = connection
        .query_row(
            "SELECT email, status, subtotal, discount, total, charge_id FROM orders WHERE id = ?1",
            [id],
            |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, OrderStatus>(1)?,
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
    let mut statement = connection.prepare(
        "SELECT sku, name, unit_price, quantity FROM order_lines
         WHERE order_id = ?1 ORDER BY sku",
    )?;
    let lines = statement
        .query_map([id], |row| {
            Ok(OrderLine {
                sku: row.get(0)?,
                name: row.get(1)?,
                unit_price: row.get(2)?,
                quantity: row.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(Some(StoredOrder {
        order: Order {
            id,
            email,
            status,
            lines,
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

/// Records the payment of the order, and moves it to `status`.
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
