//! Chapter 12's quiz: the shop's returns.
//!
//! A customer sends items back; [`returns::open_return`] opens a return,
//! with a fresh public id and the current time, and works out the refund:
//! the full price of a damaged item, and the price less a 10 % restocking
//! fee for an item the customer no longer wants. [`returns::label`] prints
//! the label that goes in the parcel.
//!
//! The ids ([`ids`]) and the time ([`clock`]) are new on every run, as in
//! production, so the quiz's snapshot tests redact them. `broken/` holds
//! broken versions of this crate, as patches; the quiz's questions ask which
//! snapshots catch them.

pub mod clock;
pub mod ids;
pub mod money;
pub mod returns;
