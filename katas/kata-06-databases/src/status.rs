//! The statuses an order goes through, and which changes between them the
//! shop allows:
//!
//! ```text
//! placed ──> paid ──> shipped ──> delivered
//!    │         │
//!    └─────────┴──> canceled
//! ```
//!
//! This is pure logic: no database in sight. Its unit tests are at the end
//! of this file, which is where they belong. The integration tests check
//! what only a database can show: that a change is stored, and that a
//! refused one stores nothing.

use std::fmt;
use std::str::FromStr;

use rusqlite::ToSql;
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSqlOutput, ValueRef};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OrderStatus {
    Placed,
    Paid,
    Shipped,
    Delivered,
    Canceled,
}

impl OrderStatus {
    pub const ALL: [OrderStatus; 5] = [
        OrderStatus::Placed,
        OrderStatus::Paid,
        OrderStatus::Shipped,
        OrderStatus::Delivered,
        OrderStatus::Canceled,
    ];
    /// Whether an order in this status may move to `next`.
    pub fn can_become(self, next: OrderStatus) -> bool {
        use OrderStatus::*;
        matches!(
            (self, next),
            (Placed, Paid)
                | (Placed, Canceled)
                | (Paid, Shipped)
                | (Paid, Canceled)
                | (Shipped, Delivered)
        )
    }

    /// The status as the `orders.status` column stores it.
    pub fn as_str(self) -> &'static str {
        match self {
            OrderStatus::Placed => "placed",
            OrderStatus::Paid => "paid",
            OrderStatus::Shipped => "shipped",
            OrderStatus::Delivered => "delivered",
            OrderStatus::Canceled => "canceled",
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

/// Lets a status be a query parameter: `params![OrderStatus::Paid]`.
impl ToSql for OrderStatus {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(self.as_str().into())
    }
}

/// Lets a status be read from a row: `row.get::<_, OrderStatus>(3)`.
impl FromSql for OrderStatus {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<OrderStatus> {
        value
            .as_str()?
            .parse()
            .map_err(|error| FromSqlError::Other(Box::new(error)))
    }
}

// ANCHOR: unit_tests
#[cfg(test)]
mod tests {
    use super::OrderStatus::{self, *};

    /// Every pair of statuses, so that a change allowed by mistake shows as
    /// clearly as one refused by mistake.
    #[test]
    fn only_the_changes_on_the_map_are_allowed() {
        let allowed = [
            (Placed, Paid),
            (Placed, Canceled),
            (Paid, Shipped),
            (Paid, Canceled),
            (Shipped, Delivered),
        ];
        for from in OrderStatus::ALL {
            for to in OrderStatus::ALL {
                assert_eq!(
                    from.can_become(to),
                    allowed.contains(&(from, to)),
                    "{from} -> {to}"
                );
            }
        }
    }

    #[test]
    fn a_status_reads_back_as_itself() {
        for status in OrderStatus::ALL {
            assert_eq!(status.as_str().parse(), Ok(status));
        }
        assert!("sent".parse::<OrderStatus>().is_err());
    }

    /// What a person reads in a log or an error message.
    #[test]
    fn a_status_and_an_unknown_one_read_as_words() {
        assert_eq!(Shipped.to_string(), "shipped");
        assert_eq!(
            super::UnknownStatus("sent".into()).to_string(),
            "\"sent\" is not an order status"
        );
    }
}
// ANCHOR_END: unit_tests
