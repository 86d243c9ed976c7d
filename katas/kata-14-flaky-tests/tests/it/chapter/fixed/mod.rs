//! The same tests as `flaky/`, once their flake is removed: the fix is in
//! the shop's code, in the test's setup, or both, and never in what the
//! test checks.

pub mod basket;
pub mod delivery;
pub mod imports;
pub mod prices;
pub mod rates;
pub mod search;
