//! The basket, tested against a stub of the stock.

use quiz_concept_check::basket::{Refusal, can_order};
use quiz_concept_check::stock::Stock;

// ANCHOR: stub
/// Three mugs, whatever is asked.
struct ThreeMugs;

impl Stock for ThreeMugs {
    fn available(&self, _sku: &str) -> Option<u32> {
        Some(3)
    }
}

#[test]
fn an_order_within_the_stock_is_taken() {
    assert_eq!(can_order(&ThreeMugs, "mug", 3), Ok(()));
}

#[test]
fn an_order_beyond_the_stock_is_refused() {
    assert_eq!(
        can_order(&ThreeMugs, "mug", 4),
        Err(Refusal::Short { available: 3 })
    );
}
// ANCHOR_END: stub
