//! A quote valid for 15 minutes from the moment the desk stamps it, with a
//! supplier that takes its time, as the real one does on a busy day.

use std::thread;
use std::time::Duration;

use quiz_14::Cents;
use quiz_14::quotes::{Clock, Millis, QuoteDesk, Supplier, SystemClock, VALID_FOR};

// ANCHOR: doubles
/// Answers 12.50 for anything, after 5 ms: a busy day at the supplier.
struct BusySupplier;

impl Supplier for BusySupplier {
    fn price(&self, _sku: &str) -> Cents {
        thread::sleep(Duration::from_millis(5));
        Cents(1250)
    }
}

/// Always says the moment it was set to.
#[derive(Clone, Copy)]
struct FixedClock(Millis);

impl Clock for FixedClock {
    fn now(&self) -> Millis {
        self.0
    }
}
// ANCHOR_END: doubles

#[test]
#[ignore = "quiz: reads the system clock, which moves while the supplier answers"]
// ANCHOR: before
fn reads_the_clock_before_asking() {
    let desk = QuoteDesk::new(SystemClock, BusySupplier);
    let now = SystemClock.now();
    let quote = desk.quote("MUG");
    assert_eq!(quote.valid_until, now + VALID_FOR);
}
// ANCHOR_END: before

// ANCHOR: brackets
#[test]
fn reads_the_clock_before_and_after_asking() {
    let desk = QuoteDesk::new(SystemClock, BusySupplier);
    let before = SystemClock.now();
    let quote = desk.quote("MUG");
    let after = SystemClock.now();
    assert!(
        before + VALID_FOR <= quote.valid_until && quote.valid_until <= after + VALID_FOR,
        "{quote:?} is not valid for 15 minutes from a moment between {before:?} and {after:?}"
    );
}
// ANCHOR_END: brackets

// ANCHOR: fixed
#[test]
fn hands_the_desk_a_clock_it_set() {
    // A millisecond before midnight (UTC) on the last day of February 2028.
    let clock = FixedClock(Millis(1_835_481_599_999));
    let desk = QuoteDesk::new(clock, BusySupplier);
    let quote = desk.quote("MUG");
    assert_eq!(quote.valid_until, clock.now() + VALID_FOR);
}
// ANCHOR_END: fixed
