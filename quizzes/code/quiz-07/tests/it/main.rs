//! The product API's tests, in-process: each request is a value handed to
//! the router with `oneshot`, and each response a value read back.

mod helpers;
mod products;
