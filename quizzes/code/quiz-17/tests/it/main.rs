//! Chapter 17's quiz: the properties of prices and of the address book, one
//! test binary. The quiz's questions run them against the broken versions in
//! `broken/` and ask which ones get through.
//!
//! - `config`: how every property runs, pinned, so that every run draws the
//!   same cases;
//! - `round_trip`: prices written as text and read back, over four
//!   generators, and one example;
//! - `book_model`: a model of the address book, and the steps a sequence is
//!   made of;
//! - `book_machines`: two state-machine tests of the real book, one that
//!   checks only what always holds, one that compares it with the model.

mod book_machines;
mod book_model;
mod config;
mod round_trip;
