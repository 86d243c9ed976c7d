//! State that outlives a test: exchange rates kept in a `static`.

use std::collections::BTreeMap;
use std::sync::{Mutex, PoisonError};

use crate::chapter::doubles::OneRate;

/// Where the day's exchange rates come from: a bank's API in production.
pub trait RateFeed {
    /// How many of `currency`'s cents a hundred US cents buy.
    fn rate(&self, currency: &str) -> u64;
}

// ANCHOR: board
/// The rates asked for so far. The feed is slow, so each rate is asked for
/// once and kept for every page after.
static RATES: Mutex<BTreeMap<String, u64>> = Mutex::new(BTreeMap::new());

/// Shows prices in the customer's currency.
pub struct PriceBoard<F> {
    feed: F,
}

impl<F: RateFeed> PriceBoard<F> {
    pub fn new(feed: F) -> PriceBoard<F> {
        PriceBoard { feed }
    }

    /// `cents` US cents, in `currency`'s cents.
    pub fn price(&self, cents: u64, currency: &str) -> u64 {
        let mut rates = RATES.lock().unwrap_or_else(PoisonError::into_inner);
        let rate = *rates
            .entry(currency.to_string())
            .or_insert_with(|| self.feed.rate(currency));
        cents * rate / 100
    }
}
// ANCHOR_END: board

// ANCHOR: tests
pub fn a_price_is_shown_in_euros() {
    let board = PriceBoard::new(OneRate::of("EUR", 90));

    assert_eq!(
        board.price(1000, "EUR"),
        900,
        "$10.00 at 0.90 is 9.00 euros"
    );
}

pub fn a_sale_price_is_shown_in_euros_too() {
    let board = PriceBoard::new(OneRate::of("EUR", 92));

    assert_eq!(
        board.price(2000, "EUR"),
        1840,
        "$20.00 at 0.92 is 18.40 euros"
    );
}
// ANCHOR_END: tests
