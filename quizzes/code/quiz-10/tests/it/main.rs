//! The tax-rate client's tests, one test binary.
//!
//! - `stub`: a stub of the provider, on 127.0.0.1 and port 0;
//! - `client`: the real client against the stub, over real HTTP;
//! - `checkout`: the code above the client, over a stub of its trait.

mod checkout;
mod client;
mod stub;
mod support;
