//! Prices written as text and read back: one property over three
//! generators, a property of the sign, and examples. (`check` runs a
//! property with the crate's pinned config: see `config.rs`.)

use proptest::prelude::*;
use quiz_17::price::{format_price, parse_price};

use crate::config::check;

// ANCHOR: round_trip
/// The property: the text of any amount reads back as that amount.
fn reads_back(cents: i64) -> Result<(), TestCaseError> {
    let text = format_price(cents);
    prop_assert_eq!(
        parse_price(&text),
        Ok(cents),
        "{} was written {:?}",
        cents,
        text
    );
    Ok(())
}

/// Amounts of up to ten euros either way, where the sign and the cents
/// change, half of the time; any amount at all, the other half.
fn small_and_large() -> impl Strategy<Value = i64> {
    prop_oneof![-1_000..=1_000i64, any::<i64>()]
}
// ANCHOR_END: round_trip

// ANCHOR: generators
#[test]
fn prices_up_to_ten_thousand_read_back() {
    check(0..1_000_000i64, reads_back);
}

#[test]
fn any_price_reads_back() {
    check(any::<i64>(), reads_back);
}

#[test]
fn small_and_large_prices_read_back() {
    check(small_and_large(), reads_back);
}

#[test]
fn a_refund_is_written_with_a_minus() {
    check(i64::MIN..0, |cents| {
        let text = format_price(cents);
        prop_assert!(text.starts_with('-'), "{} was written {:?}", cents, text);
        Ok(())
    });
}

#[test]
fn a_refund_of_twelve_fifty() {
    assert_eq!(format_price(-1250), "-12.50");
    assert_eq!(parse_price("-12.50"), Ok(-1250));
}
// ANCHOR_END: generators

/// What the shop writes, by example: the format itself, which no round
/// trip can check. (Not part of a question: it keeps the real code honest.)
#[test]
fn amounts_as_the_shop_writes_them() {
    for (cents, text) in [
        (0, "0.00"),
        (7, "0.07"),
        (1205, "12.05"),
        (-7, "-0.07"),
        (100_000, "1000.00"),
        (i64::MIN, "-92233720368547758.08"),
        (i64::MAX, "92233720368547758.07"),
    ] {
        assert_eq!(format_price(cents), text, "{cents} cents");
        assert_eq!(parse_price(text), Ok(cents), "{text:?}");
    }
    for refused in ["12.5", "12", "12.050", ".50", "-", "1,000.00", "12.-5"] {
        assert!(parse_price(refused).is_err(), "{refused:?} is refused");
    }
}
