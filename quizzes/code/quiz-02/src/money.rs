//! Amounts of money, in cents.

use std::ops::{Add, Mul, Sub};

/// An amount in cents: `Cents(1235)` is 12.35.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cents(pub u64);

impl Cents {
    // ANCHOR: percent
    /// `percent` per cent of the amount, rounded to the nearest cent, halves
    /// up: 10 % of 12.35 is 1.24.
    pub fn percent(self, percent: u64) -> Cents {
        Cents((self.0 * percent + 50) / 100)
    }
    // ANCHOR_END: percent
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
