//! The shop's database tests, one test binary.

mod fixtures;

mod migrations;
mod shared;
mod spent;
