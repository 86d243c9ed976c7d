//! The shop's integration tests, one test binary: they use the parts through
//! their public API, as the shop does.

mod shop;
