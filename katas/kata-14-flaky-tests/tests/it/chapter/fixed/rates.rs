//! State that outlives a test, fixed: the rates are kept by the price board,
//! and each test makes a board of its own.

use std::collections::BTreeMap;

use crate::chapter::doubles::OneRate;
use crate::chapter::flaky::rates::RateFeed;

// ANCHOR: board
/// Shows prices in the customer's currency. The feed is slow, so the board
/// asks it once for each currency and keeps the rate. A program that wants
/// one cache for every page makes one board, and hands it round.
pub struct PriceBoard<F> {
    feed: F,
    rates: BTreeMap<String, u64>,
}

impl<F: RateFeed> PriceBoard<F> {
    pub fn new(feed: F) -> PriceBoard<F> {
        PriceBoard {
            feed,
            rates: BTreeMap::new(),
        }
    }

    /// `cents` US cents, in `currency`'s cents.
    pub fn price(&mut self, cents: u64, currency: &str) -> u64 {
        let feed = &self.feed;
        let rate = *self
            .rates
            .entry(currency.to_string())
            .or_insert_with(|| feed.rate(currency));
        cents * rate / 100
    }
}
// ANCHOR_END: board

pub fn a_price_is_shown_in_euros() {
    let mut board = PriceBoard::new(OneRate::of("EUR", 90));

    assert_eq!(
        board.price(1000, "EUR"),
        900,
        "$10.00 at 0.90 is 9.00 euros"
    );
}

pub fn a_sale_price_is_shown_in_euros_too() {
    let mut board = PriceBoard::new(OneRate::of("EUR", 92));

    assert_eq!(
        board.price(2000, "EUR"),
        1840,
        "$20.00 at 0.92 is 18.40 euros"
    );
}
