//! Chapter 2's quiz: the shop's returns desk. A customer sends back some of
//! what they bought; the desk puts the items back in stock, refunds their
//! price less a restocking fee to the card that paid, and records the return.
//!
//! - `money`: amounts in cents, and the percentage the fee is taken with;
//! - `parts`: the stock, the card provider's sandbox and the returns ledger,
//!   each a handle whose clones share one state, so that a test can keep a
//!   clone and ask the part afterwards what it recorded;
//! - `returns`: the desk that drives all three.
//!
//! The quiz's broken versions (`broken/*.patch`) change a line or two each.

pub mod money;
pub mod parts;
pub mod returns;
