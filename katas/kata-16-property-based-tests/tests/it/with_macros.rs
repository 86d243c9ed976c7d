//! Chapter 17's dock tests, as a project writes them: with proptest's
//! macros. Given, compiled, and never run.
//!
//! The book shows this file to teach the macros; the kata compiles it, so
//! that the book's copy stays right. The tests that run are in
//! `example.rs`, through the harness's `check`: `proptest!` and
//! `prop_state_machine!` apply the `PROPTEST_*` environment variables on
//! top of the config they are given, and the kata's answer must be the same
//! whatever a shell exports. So the functions here are not `#[test]`s, as a
//! project's would be.
#![allow(dead_code, reason = "compiled for the book, never run: see above")]

use kata_16::dock::Parcel;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest_state_machine::prop_state_machine;

use crate::example::{DockTest, ROOM, parcels_leave_in_order};
use crate::harness::config;

// ANCHOR: property
proptest! {
    #![proptest_config(config())]

    /// The dock's property, on lists of up to `ROOM` parcels.
    // A project puts `#[test]` here.
    fn parcels_leave_in_the_order_they_arrived(
        parcels in vec(any::<Parcel>(), 0..=ROOM as usize),
    ) {
        parcels_leave_in_order(parcels)?;
    }
}
// ANCHOR_END: property

// ANCHOR: machine
prop_state_machine! {
    #![proptest_config(config())]

    /// Sequences of 1 to 19 arrivals and collections, on a dock each.
    // A project puts `#[test]` here.
    fn the_dock_behaves_like_its_model(sequential 1..20 => DockTest);
}
// ANCHOR_END: machine
