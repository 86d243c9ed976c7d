//! Kata 12's integration tests: one test binary, with the shop's API called
//! in-process (see `helpers.rs`) and its answers kept as snapshots in
//! `snapshots/`, next to this file.
//!
//! - `examples.rs`: worked examples on the warehouse's side of the shop, a
//!   shipment and a packing slip (given; they pass as they are);
//! - `orders.rs`: the order API's JSON (**you write it**, steps 1 and 2);
//! - `receipts.rs`: the customer's receipt (**you write it**, step 3).

mod helpers;

mod examples;
mod orders;
mod receipts;
