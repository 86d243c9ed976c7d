//! The chapter's example, not the kata: the shop's client of another
//! third-party API, an address-lookup provider that turns a postcode into
//! the addresses at it. Given and complete; its tests are in
//! tests/wiremock/example_address_lookup.rs.
//!
//! | request                            | answer                                  |
//! |------------------------------------|-----------------------------------------|
//! | `GET /v1/addresses?postcode=10115` | 200 `{"addresses": [Address, ...]}`     |
//! | (a postcode it does not know)      | 404                                     |
//!
//! Every request carries the shop's API key in an `X-Api-Key` header.

use std::time::Duration;

use reqwest::{StatusCode, Url};
use serde::{Deserialize, Serialize};

/// The header that carries the shop's API key.
pub const API_KEY: &str = "X-Api-Key";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    pub street: String,
    pub city: String,
    pub postcode: String,
}

/// The body of a 200 answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Found {
    pub addresses: Vec<Address>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LookupError {
    /// The provider knows no such postcode: the customer should check it.
    UnknownPostcode,
    /// No complete answer in time: the checkout carries on without the
    /// suggestion, and the customer types the address.
    Timeout,
    /// Anything else: the provider failed, or answered nonsense.
    Failed(String),
}

impl LookupError {
    fn from_reqwest(error: reqwest::Error) -> LookupError {
        if error.is_timeout() {
            LookupError::Timeout
        } else {
            LookupError::Failed(error.to_string())
        }
    }
}

pub struct AddressBook {
    http: reqwest::Client,
    base_url: Url,
    api_key: String,
}

impl AddressBook {
    // ANCHOR: new
    pub fn new(base_url: Url, api_key: &str, timeout: Duration) -> AddressBook {
        let http = reqwest::Client::builder()
            .no_proxy()
            // Without this, reqwest waits forever.
            .timeout(timeout)
            .build()
            .expect("a reqwest client without TLS always builds");
        AddressBook {
            http,
            base_url,
            api_key: api_key.to_string(),
        }
    }
    // ANCHOR_END: new

    // ANCHOR: lookup
    /// The addresses at `postcode`.
    pub async fn lookup(&self, postcode: &str) -> Result<Vec<Address>, LookupError> {
        let mut url = self.base_url.join("v1/addresses").expect("an http URL");
        url.query_pairs_mut().append_pair("postcode", postcode);
        let response = self
            .http
            .get(url)
            .header(API_KEY, &self.api_key)
            .send()
            .await
            .map_err(LookupError::from_reqwest)?;
        match response.status() {
            StatusCode::OK => {
                let found: Found = response.json().await.map_err(LookupError::from_reqwest)?;
                Ok(found.addresses)
            }
            StatusCode::NOT_FOUND => Err(LookupError::UnknownPostcode),
            status => Err(LookupError::Failed(format!(
                "the provider answered {status}"
            ))),
        }
    }
    // ANCHOR_END: lookup
}
