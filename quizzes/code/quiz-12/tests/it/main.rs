//! The returns' snapshot tests, one test binary. Their golden copies are in
//! `snapshots/`.
//!
//! - `redactions`: one return, kept with plain redactions and with
//!   redactions that check what they hide;
//! - `refunds`: returns of other items, for other reasons;
//! - `label`: the text label, with filters.

mod label;
mod redactions;
mod refunds;
mod support;
