//! Money, in whole cents, so that every sum is exact.

use std::iter::Sum;
use std::ops::{Add, Mul};

/// An amount of money in cents: `Cents(1250)` is 12.50.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Cents(pub u64);

impl Add for Cents {
    type Output = Cents;

    fn add(self, other: Cents) -> Cents {
        Cents(self.0 + other.0)
    }
}

/// A unit price times a quantity.
impl Mul<u32> for Cents {
    type Output = Cents;

    fn mul(self, quantity: u32) -> Cents {
        Cents(self.0 * u64::from(quantity))
    }
}

impl Sum for Cents {
    fn sum<I: Iterator<Item = Cents>>(amounts: I) -> Cents {
        amounts.fold(Cents(0), Add::add)
    }
}
