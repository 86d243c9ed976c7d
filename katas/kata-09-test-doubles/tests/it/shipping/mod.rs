//! The chapter's examples: the shipping part of the shop, tested with each
//! kind of test double. Given, and passing: read them, then use the same
//! tools on registration and checkout.

use kata_09::shipping::Day;

mod by_hand;
mod hand_written;
mod with_mockall;

/// The day of `NOW` (2025-03-14) and the next, written out. An expected day
/// worked out with `UnixTime::day`, the code's own arithmetic, would agree
/// with any bug in it.
const MARCH_14: Day = Day(20_161);
const MARCH_15: Day = Day(20_162);
