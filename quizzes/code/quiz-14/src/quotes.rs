//! A supplier's price for a product, which the shop promises to a customer
//! for 15 minutes from the moment it stamps the quote.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::Cents;

pub const VALID_FOR: Duration = Duration::from_secs(15 * 60);

/// A moment, in milliseconds since 1970, as the quote's page shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Millis(pub u64);

impl std::ops::Add<Duration> for Millis {
    type Output = Millis;
    fn add(self, duration: Duration) -> Millis {
        let millis =
            u64::try_from(duration.as_millis()).expect("a duration of less than 500 million years");
        Millis(self.0 + millis)
    }
}

pub trait Clock {
    fn now(&self) -> Millis;
}

/// The operating system's clock.
#[derive(Debug, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Millis {
        let since = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .expect("the clock is after 1970");
        Millis(u64::try_from(since.as_millis()).expect("the clock is before the year 500 million"))
    }
}

pub trait Supplier {
    fn price(&self, sku: &str) -> Cents;
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub sku: String,
    pub price: Cents,
    pub valid_until: Millis,
}

pub struct QuoteDesk<C, S> {
    clock: C,
    supplier: S,
}

impl<C: Clock, S: Supplier> QuoteDesk<C, S> {
    pub fn new(clock: C, supplier: S) -> QuoteDesk<C, S> {
        QuoteDesk { clock, supplier }
    }

    // ANCHOR: quote
    pub fn quote(&self, sku: &str) -> Quote {
        let price = self.supplier.price(sku);
        // The promise runs from the moment the customer can see the price.
        let valid_until = self.clock.now() + VALID_FOR;
        Quote {
            sku: sku.to_string(),
            price,
            valid_until,
        }
    }
    // ANCHOR_END: quote
}
