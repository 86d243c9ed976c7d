//! Two services of the shop, and nothing between them but a contract.
//!
//! - [`storefront`] is the **consumer**: the web shop's client of the
//!   inventory API. It asks how many of a product are left, to show a badge
//!   ("Only 2 left"), and it reserves items for a basket.
//! - [`inventory`] is the **provider**: the inventory API, an axum router.
//!
//! In a real shop these are two repositories, built and released by two
//! teams. Here they are two modules of one crate, and they never use each
//! other: the storefront has its own types for what it reads, and the only
//! thing that links the two is the contract file,
//! `contracts/storefront-inventory.json`. The tests in `tests/it/` check each
//! side against that file, never against the other side.
//!
//! [`contract`] reads that file, and [`mismatch`] says how a side breaks it:
//! both are for the tests. [`payments`] is a third service, cut down to one
//! route, for the worked example in `tests/it/worked_example.rs`.

pub mod contract;
pub mod inventory;
pub mod mismatch;
pub mod payments;
pub mod storefront;
