//! The click-and-collect shop's tests, one test binary. Each test has a shop
//! of its own and looks where its name says: the answers, the shop read back
//! through the API, the shop's store from the back, or the edges.
//!
//! - `reading`: a packed order, seen from each of those places;
//! - `totals`: what orders of different baskets cost;
//! - `refusals`: canceling an order that can't be canceled any more.

mod reading;
mod refusals;
mod support;
mod totals;
