//! Amounts of money, kept in cents so that no rounding ever happens.

use std::fmt;
use std::ops::{Add, Mul};

/// An amount in cents (hundredths) of the shop's currency: `Cents(1234)` is 12.34.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cents(pub u64);

impl Add for Cents {
    type Output = Cents;
    fn add(self, other: Cents) -> Cents {
        Cents(self.0 + other.0)
    }
}

impl Mul<u32> for Cents {
    type Output = Cents;
    fn mul(self, quantity: u32) -> Cents {
        Cents(self.0 * u64::from(quantity))
    }
}

/// Shows the amount in units with two decimals: `Cents(1234)` shows as `12.34`.
impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:02}", self.0 / 100, self.0 % 100)
    }
}

/// Stored as an SQLite INTEGER, which is signed: refuse what does not fit
/// rather than wrap around.
impl rusqlite::ToSql for Cents {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        let cents = i64::try_from(self.0)
            .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
        Ok(cents.into())
    }
}

impl rusqlite::types::FromSql for Cents {
    fn column_result(
        value: rusqlite::types::ValueRef<'_>,
    ) -> rusqlite::types::FromSqlResult<Cents> {
        let cents = i64::column_result(value)?;
        u64::try_from(cents)
            .map(Cents)
            .map_err(|_| rusqlite::types::FromSqlError::OutOfRange(cents))
    }
}
