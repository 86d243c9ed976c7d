//! Chapter 17's quiz: two small parts of the shop, tested with properties.
//!
//! - [`price`]: amounts of money written as text on receipts and labels
//!   (`"12.50"`, `"-0.07"` for money going back), and read back from text;
//! - [`address_book`]: a customer's saved delivery addresses, one of them
//!   the default, kept in SQLite.
//!
//! Neither is a kata's system. `broken/` holds broken versions of this
//! crate, as patches; the quiz's questions ask which properties catch them,
//! and what a shrunk failure says.

pub mod address_book;
pub mod price;
