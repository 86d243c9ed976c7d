//! The client of the tax-rate provider.
//!
//! | request                           | answer                                              |
//! |-----------------------------------|-----------------------------------------------------|
//! | `GET /v1/rates?postcode=10115`    | 200 `{"postcode": "10115", "rate_basis_points": 1900}` |
//! | (a postcode it does not know)     | 404 `{"message": "..."}`                            |
//! | (no `X-Api-Key`, or a wrong one)  | 401 `{"message": "..."}`                            |
//!
//! Every request carries the shop's API key in an `X-Api-Key` header.

use std::time::Duration;

use reqwest::Url;
use serde::Deserialize;

use crate::checkout::TaxRates;

/// The header that carries the shop's API key.
pub const API_KEY: &str = "X-Api-Key";

/// A tax rate, in hundredths of a percent: 1900 is 19 %.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TaxRate {
    pub basis_points: u32,
}

/// What went wrong, in the shop's words: each variant says what the caller
/// can do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TaxError {
    /// The provider refused the question (a 4xx), with its reason: asking
    /// again won't help; show the reason, or fix the request.
    Refused(String),
    /// The provider failed, or could not be reached: ask again later.
    Unavailable(String),
    /// No complete answer in time: ask again later, or carry on without.
    Timeout,
    /// A 200 that is not what the provider promised: a bug on one side.
    Malformed(String),
}

// ANCHOR: answer
/// The body of a 200.
#[derive(Deserialize)]
struct RateBody {
    rate_basis_points: u32,
}
// ANCHOR_END: answer

/// The body of a refusal.
#[derive(Deserialize)]
struct RefusalBody {
    message: String,
}

pub struct TaxClient {
    http: reqwest::Client,
    base_url: Url,
    api_key: String,
}

impl TaxClient {
    // ANCHOR: new
    pub fn new(base_url: Url, api_key: &str, timeout: Duration) -> TaxClient {
        let http = reqwest::Client::builder()
            .no_proxy()
            // The whole request, from connecting to the last byte of the
            // body: without it, reqwest waits forever.
            .timeout(timeout)
            .build()
            .expect("a reqwest client without TLS always builds");
        TaxClient {
            http,
            base_url,
            api_key: api_key.to_owned(),
        }
    }
    // ANCHOR_END: new

    // ANCHOR: rate
    /// The tax rate at `postcode`.
    pub async fn rate(&self, postcode: &str) -> Result<TaxRate, TaxError> {
        let mut url = self.base_url.join("v1/rates").expect("an http URL");
        url.query_pairs_mut().append_pair("postcode", postcode);
        let response = self
            .http
            .get(url)
            .header(API_KEY, &self.api_key)
            .send()
            .await
            .map_err(transport)?;
        let status = response.status();
        if status.is_success() {
            let body: RateBody = response
                .json()
                .await
                .map_err(|error| TaxError::Malformed(error.to_string()))?;
            Ok(TaxRate {
                basis_points: body.rate_basis_points,
            })
        } else if status.is_client_error() {
            let text = response.text().await.map_err(transport)?;
            let reason = serde_json::from_str::<RefusalBody>(&text)
                .map(|body| body.message)
                .unwrap_or(text);
            Err(TaxError::Refused(reason))
        } else {
            Err(TaxError::Unavailable(format!(
                "the provider answered {status}"
            )))
        }
    }
    // ANCHOR_END: rate
}

impl TaxRates for TaxClient {
    async fn rate(&self, postcode: &str) -> Result<TaxRate, TaxError> {
        TaxClient::rate(self, postcode).await
    }
}

fn transport(error: reqwest::Error) -> TaxError {
    if error.is_timeout() {
        TaxError::Timeout
    } else {
        TaxError::Unavailable(error.to_string())
    }
}
