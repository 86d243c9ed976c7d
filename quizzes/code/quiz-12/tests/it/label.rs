//! The label that goes in the parcel: text, kept with filters.

use insta::assert_snapshot;
use quiz_12::returns::{label, open_return};

use crate::support::{a_fresh_order, mugs_and_a_cable};

// ANCHOR: label
#[test]
fn the_return_label() {
    let order = a_fresh_order();

    let opened = open_return(&order, &mugs_and_a_cable());

    insta::with_settings!({
        filters => vec![
            // Known to the test: exactly this order's id.
            (order.as_str(), "[order id]"),
            // New on every run: whatever has the shape of a return id, or
            // of a time. Anything else stays in the text.
            (r"\bret_[0-9A-HJKMNP-TV-Z]{12}\b", "[return id]"),
            (r"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z\b", "[time]"),
        ],
        description => "2 damaged mugs in full, 1 cable less 10 %: 25.00 + 17.55 = 42.55",
    }, {
        assert_snapshot!(label(&opened));
    });
}
// ANCHOR_END: label
