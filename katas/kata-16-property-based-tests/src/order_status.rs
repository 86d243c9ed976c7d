//! The life of an order: its statuses, what can be done to it in each, and
//! what it becomes.
//!
//! ```text
//!             pay               ship
//!   pending ───────> paid ───────────> shipped
//!      │              │ ↺ refund items
//!      │ cancel       │ cancel
//!      v              v
//!  cancelled <────────┘
//! ```
//!
//! Anything not drawn is refused, and leaves the order as it was.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

/// Where an order is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OrderStatus {
    /// Placed, with its items set aside, and waiting for its payment.
    Pending,
    /// Paid for, and waiting to ship.
    Paid,
    /// Handed to the carrier.
    Shipped,
    /// Called off; its items are for sale again, and what was paid for it
    /// went back to the card.
    Cancelled,
}

/// What a customer, or the warehouse, can do to an order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Pay,
    /// Some of a paid order's items given back, with their money, before
    /// it ships.
    RefundItems,
    Ship,
    Cancel,
}

impl OrderStatus {
    /// The status an order in this status has after `action`, or `None`
    /// when the shop refuses the action.
    pub fn after(self, action: Action) -> Option<OrderStatus> {
        use Action::*;
        use OrderStatus::*;
        match (self, action) {
            (Pending, Pay) => Some(Paid),
            (Paid, RefundItems) => Some(Paid),
            (Paid, Ship) => Some(Shipped),
            (Pending | Paid, Cancel) => Some(Cancelled),
            _ => None,
        }
    }

    /// The status as the `orders.status` column spells it.
    fn as_str(self) -> &'static str {
        match self {
            OrderStatus::Pending => "pending",
            OrderStatus::Paid => "paid",
            OrderStatus::Shipped => "shipped",
            OrderStatus::Cancelled => "cancelled",
        }
    }
}

impl ToSql for OrderStatus {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(self.as_str().into())
    }
}

impl FromSql for OrderStatus {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<OrderStatus> {
        match value.as_str()? {
            "pending" => Ok(OrderStatus::Pending),
            "paid" => Ok(OrderStatus::Paid),
            "shipped" => Ok(OrderStatus::Shipped),
            "cancelled" => Ok(OrderStatus::Cancelled),
            other => Err(FromSqlError::Other(
                format!("{other:?} is not an order status").into(),
            )),
        }
    }
}
