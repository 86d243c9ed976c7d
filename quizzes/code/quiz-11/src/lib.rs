//! Chapter 11's quiz: two services of the shop and the contract between them.
//!
//! - [`account`] is the consumer: the customer's account page, which reads a
//!   member's loyalty points;
//! - [`loyalty`] is the provider: the loyalty API, on axum;
//! - [`contract`] reads `src/contract.json`, the file they agree on.
//!
//! The two services share no code, only the contract. In a real shop they
//! would live in two repositories; here they are one crate, and the contract
//! sits in `src/` beside them, so that a broken version in `broken/` can
//! change either side or the contract itself. The quiz's questions ask which
//! side's tests notice.

pub mod account;
pub mod contract;
pub mod loyalty;
