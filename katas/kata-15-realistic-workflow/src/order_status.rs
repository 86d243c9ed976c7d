//! The life of an order, as a state machine: the statuses an order can be
//! in, what can be done to it in each, and what it becomes.
//!
//! ```text
//!             pay               ship
//!   pending ───────> paid ───────────> shipped
//!      │              │                   │
//!      │ cancel       │ refund            │ refund
//!      v              v                   v
//!  cancelled       refunded <─────────────┘
//! ```
//!
//! Anything not drawn is refused, and leaves the order as it was: an
//! unpaid order can't ship, a paid one is refunded rather than cancelled,
//! and cancelled and refunded orders are closed for good.

use std::fmt;
use std::str::FromStr;

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use serde::{Deserialize, Serialize};

/// Where an order is in its life. In JSON, in lower case: `"pending"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OrderStatus {
    /// Placed, with its items set aside, and waiting for its payment.
    Pending,
    /// Paid for, and waiting to ship.
    Paid,
    /// Handed to the carrier.
    Shipped,
    /// Called off before it was paid for; its items are back on sale.
    Cancelled,
    /// Paid for, and the money given back.
    Refunded,
}

/// What a customer, or the warehouse, can do to an order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Pay,
    Ship,
    Cancel,
    Refund,
}

// ANCHOR: transitions
impl OrderStatus {
    pub const ALL: [OrderStatus; 5] = [
        OrderStatus::Pending,
        OrderStatus::Paid,
        OrderStatus::Shipped,
        OrderStatus::Cancelled,
        OrderStatus::Refunded,
    ];

    /// The status an order in this status moves to when `action` is done
    /// to it, or `None` when the shop refuses the action.
    pub fn after(self, action: Action) -> Option<OrderStatus> {
        use Action::*;
        use OrderStatus::*;
        match (self, action) {
            (Pending, Pay) => Some(Paid),
            (Pending, Cancel) => Some(Cancelled),
            (Paid, Ship) => Some(Shipped),
            // Money goes back only if it came in.
            (Paid | Shipped, Refund) => Some(Refunded),
            _ => None,
        }
    }
}
// ANCHOR_END: transitions

impl OrderStatus {
    /// The status as the API and the `orders.status` column spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            OrderStatus::Pending => "pending",
            OrderStatus::Paid => "paid",
            OrderStatus::Shipped => "shipped",
            OrderStatus::Cancelled => "cancelled",
            OrderStatus::Refunded => "refunded",
        }
    }
}

impl Action {
    /// The action as a verb, for messages: "a pending order can't be shipped".
    pub fn past_participle(self) -> &'static str {
        match self {
            Action::Pay => "paid",
            Action::Ship => "shipped",
            Action::Cancel => "cancelled",
            Action::Refund => "refunded",
        }
    }
}

impl fmt::Display for OrderStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Text that is not one of the statuses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownStatus(pub String);

impl fmt::Display for UnknownStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} is not an order status", self.0)
    }
}

impl std::error::Error for UnknownStatus {}

impl FromStr for OrderStatus {
    type Err = UnknownStatus;

    fn from_str(text: &str) -> Result<OrderStatus, UnknownStatus> {
        OrderStatus::ALL
            .into_iter()
            .find(|status| status.as_str() == text)
            .ok_or_else(|| UnknownStatus(text.to_string()))
    }
}

impl ToSql for OrderStatus {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(self.as_str().into())
    }
}

impl FromSql for OrderStatus {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<OrderStatus> {
        value
            .as_str()?
            .parse()
            .map_err(|error| FromSqlError::Other(Box::new(error)))
    }
}
