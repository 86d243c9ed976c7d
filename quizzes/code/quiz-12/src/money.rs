//! Amounts of money, in cents.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, Mul, Sub};

/// An amount in cents; it displays as `42.55`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Cents(pub u64);

impl Cents {
    /// `percent` % of this amount, rounded half up to the cent.
    pub fn percent(self, percent: u64) -> Cents {
        Cents((self.0 * percent + 50) / 100)
    }
}

impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:02}", self.0 / 100, self.0 % 100)
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

impl Mul<u32> for Cents {
    type Output = Cents;
    fn mul(self, quantity: u32) -> Cents {
        Cents(self.0 * u64::from(quantity))
    }
}

impl Sum for Cents {
    fn sum<I: Iterator<Item = Cents>>(lines: I) -> Cents {
        lines.fold(Cents(0), Add::add)
    }
}
