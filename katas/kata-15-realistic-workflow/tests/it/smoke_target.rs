//! Where the smoke suite points, given.
//!
//! The same checks run in two places:
//!
//! - here, in `cargo test`: with no `SHOP_BASE_URL` set, each check starts
//!   a `TestApp` of its own and checks that;
//! - after a deploy: with `SHOP_BASE_URL=http://shop.internal:8080` (or any
//!   base URL) set, the checks call that shop instead, and start nothing.
//!
//! So the smoke checks only read. Against a real shop they must never
//! place an order, charge a card or send a customer an email.

use std::env::{self, VarError};
use std::error::Error;
use std::iter;
use std::time::Duration;

use crate::app::TestApp;

// ANCHOR: target
/// The environment variable that points the smoke suite at a running shop.
pub const BASE_URL: &str = "SHOP_BASE_URL";

/// The shop a smoke check calls. It offers `GET` and nothing else, so that
/// no check can change a real shop by accident.
pub struct Target {
    base_url: String,
    client: reqwest::Client,
    /// The shop this target started, when `SHOP_BASE_URL` named none. Kept
    /// here so that it runs as long as the check needs it, and stops (the
    /// `TestApp`'s `Drop`) when the check ends.
    _started: Option<TestApp>,
}

impl Target {
    /// The shop named by `SHOP_BASE_URL`, or else one of its own.
    pub async fn find() -> Target {
        match env::var(BASE_URL) {
            Ok(url) if !url.trim().is_empty() => Target {
                base_url: url.trim().trim_end_matches('/').to_owned(),
                client: deployed_client(),
                _started: None,
            },
            Ok(_) | Err(VarError::NotPresent) => {
                let app = TestApp::spawn().await;
                Target {
                    base_url: app.address.clone(),
                    // The TestApp's own client, which ignores proxy settings
                    // (step 1): loopback traffic is no proxy's business.
                    client: app.client.clone(),
                    _started: Some(app),
                }
            }
            Err(VarError::NotUnicode(raw)) => panic!("{BASE_URL} is not valid text: {raw:?}"),
        }
    }

    /// The full URL of `path` on the target, such as `target.url("/health")`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// `GET path` on the target. Panics when no answer comes, naming the URL
    /// and the cause: no server there ("connection refused"), or none
    /// within the client's timeout.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        let url = self.url(path);
        self.client
            .get(&url)
            .send()
            .await
            .unwrap_or_else(|error| panic!("GET {url} got no answer: {}", with_causes(&error)))
    }
}

/// A client for a shop across a network. It honors the proxy settings of
/// the environment (a deploy job may need them), and it gives up quickly:
/// a smoke check that waits a minute for an answer has already failed.
fn deployed_client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .user_agent("shop-smoke-suite")
        .build()
        .expect("an HTTP client builds")
}
// ANCHOR_END: target

/// An error with the errors beneath it, outermost first: "error sending
/// request for url (...): client error (Connect): tcp connect error:
/// Connection refused (os error 111)". reqwest's own message stops at the
/// first, and the cause is what tells a shop that is down from one that is
/// slow, or from a wrong address.
fn with_causes(error: &(dyn Error + 'static)) -> String {
    iter::successors(Some(error), |&error| error.source())
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(": ")
}
