//! The contract's tests, one test binary: each side is tested against the
//! contract, never against the other side.
//!
//! - `consumer`: the account page's half, which would run in its pipeline;
//! - `provider`: the loyalty API's half, which would run in its pipeline:
//!   the contract's interactions replayed in process, and one functional
//!   test of the API that the contract has nothing to do with.

mod consumer;
mod provider;
