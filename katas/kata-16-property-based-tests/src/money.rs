//! Amounts of money, in whole cents, so that adding prices up never rounds.

use std::iter::Sum;
use std::ops::{Add, Mul, Sub};

use rusqlite::types::{FromSql, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

/// An amount in cents of the shop's currency: `Cents(1299)` is 12.99.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Cents(pub i64);

impl Cents {
    /// `percent` per cent of this amount, to the nearest cent, with half a
    /// cent rounded up: 10% of 64.95 is 6.50.
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
