//! What shipping costs: 4.90, and nothing for a basket of 50.00 or more while
//! the free-shipping promotion is on.

use crate::Cents;
use crate::flags::{self, FREE_SHIPPING, Flags};

pub const STANDARD: Cents = Cents(490);
pub const FREE_FROM: Cents = Cents(5000);

// ANCHOR: quote
/// Reads the process's flags.
pub fn quote(basket: Cents) -> Cents {
    price(flags::is_on(FREE_SHIPPING), basket)
}

/// Reads the flags it is handed.
pub fn quote_with(flags: &Flags, basket: Cents) -> Cents {
    price(flags.is_on(FREE_SHIPPING), basket)
}
// ANCHOR_END: quote

fn price(promotion: bool, basket: Cents) -> Cents {
    if promotion && basket >= FREE_FROM {
        Cents(0)
    } else {
        STANDARD
    }
}
