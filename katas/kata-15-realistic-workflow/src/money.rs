//! Amounts of money, kept in whole cents so that adding prices up never
//! rounds. The one place the shop rounds is a percentage, and
//! [`Cents::percent`] says which way.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, Mul, Sub};

use rusqlite::types::{FromSql, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use serde::{Deserialize, Serialize};

/// An amount in cents (hundredths) of the shop's currency: `Cents(1299)` is
/// 12.99. In JSON it is a plain number of cents, `1299`, as card providers
/// send amounts: no decimal point for a client to round.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Cents(pub i64);

impl Cents {
    /// `percent` per cent of this amount, to the nearest cent, with half a
    /// cent rounded up: 10% of 12.95 is 1.30, not 1.29. On a discount, the
    /// half cent goes to the customer.
    pub fn percent(self, percent: u32) -> Cents {
        Cents((self.0 * i64::from(percent) + 50) / 100)
    }
}

impl Add for Cents {
    type Output = Cents;
    fn add(self, other: Cents) -> Cents {
        Cents(self.0 + other.0)
    }
}

impl Sub for Cents {
    type Output = Cents;
    fn sub(self, other: Cents) -> Cents {
        Cents(self.0 - other.0)
    }
}

/// A unit price times a quantity.
impl Mul<u32> for Cents {
    type Output = Cents;
    fn mul(self, quantity: u32) -> Cents {
        Cents(self.0 * i64::from(quantity))
    }
}

impl Sum for Cents {
    fn sum<I: Iterator<Item = Cents>>(amounts: I) -> Cents {
        amounts.fold(Cents(0), Add::add)
    }
}

/// Shows the amount with two decimals: `Cents(1299)` shows as `12.99`.
impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let cents = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:02}", cents / 100, cents % 100)
    }
}

/// Stored as an SQLite INTEGER.
impl ToSql for Cents {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(self.0.into())
    }
}

impl FromSql for Cents {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Cents> {
        i64::column_result(value).map(Cents)
    }
}
