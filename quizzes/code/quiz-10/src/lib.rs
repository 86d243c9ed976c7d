//! Chapter 10's quiz: the shop's client of a tax-rate provider.
//!
//! [`client::TaxClient`] asks a third-party service for the sales-tax rate
//! at a postcode, over HTTP, and turns every answer into a rate or a
//! [`client::TaxError`] in the shop's words. [`checkout::tax_on`] is the code
//! above it, which sees the provider only through the [`checkout::TaxRates`]
//! trait.
//!
//! `broken/` holds broken versions of this crate, as patches; the quiz's
//! questions ask which tests catch them.

pub mod checkout;
pub mod client;
