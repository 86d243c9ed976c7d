//! Money, in euro cents.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, Mul};

use serde::{Serialize, Serializer};

/// An amount in euro cents. Whole cents all the way through, so that no
/// total is ever off by a fraction of a cent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cents(pub i64);

impl fmt::Display for Cents {
    /// Euros with two decimals, such as `6.50`. Honours a width, so that
    /// `format!("{amount:>8}")` lines amounts up in a column.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let cents = self.0.unsigned_abs();
        f.pad(&format!("{sign}{}.{:02}", cents / 100, cents % 100))
    }
}

impl Serialize for Cents {
    /// JSON gets the amount as a decimal string, `"6.50"`: a JSON number
    /// would be read as a float by most clients, and 0.1 + 0.2 is not 0.3.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl Add for Cents {
    type Output = Cents;

    fn add(self, other: Cents) -> Cents {
        Cents(self.0 + other.0)
    }
}

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

#[cfg(test)]
mod tests {
    use super::Cents;

    #[test]
    fn amounts_are_euros_with_two_decimals() {
        assert_eq!(Cents(650).to_string(), "6.50");
        assert_eq!(Cents(0).to_string(), "0.00");
        assert_eq!(Cents(5).to_string(), "0.05");
        assert_eq!(Cents(-490).to_string(), "-4.90");
        assert_eq!(format!("{:>8}", Cents(1250)), "   12.50");
    }
}
