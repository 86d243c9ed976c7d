//! The shop's client of the carrier's API: **the file you edit** (steps 2
//! to 5; step 1 is the stub server, in tests/it/stub.rs).
//!
//! Every answer, and every failure to get one, becomes a result in the
//! shop's words: rates, a shipment, or a [`ShippingError`]. A failed attempt
//! is tried again only when that can help and can do no harm, after a wait
//! that the client's [`Pause`] takes.
//!
//! Given: the constructors, `rates`, and the loop that sends a request and
//! pauses before each retry (`send` and `attempt`). Yours, in the order of
//! the steps: `read_answer` (2); the timeout and `transport_error` (3);
//! `retry_delay` (4); `book`, and what may be sent again (5). Each `todo!`
//! says what its step needs; the tests of each step say why.

use std::error::Error as _;
use std::time::Duration;

use reqwest::header::{HeaderMap, RETRY_AFTER};
use reqwest::{Request, Response, StatusCode, Url};
use serde::de::DeserializeOwned;

use crate::carrier::{Booking, Parcel, Rate, RatesAnswer, Refusal, Shipment};
use crate::error::ShippingError;
use crate::idempotency::{IDEMPOTENCY_KEY, IdempotencyKey};
use crate::retry::{Pause, Sleep};
use crate::settings::Settings;

/// A client of the carrier at `base_url`. `P` waits between two attempts:
/// [`Sleep`] unless a test gives it another [`Pause`].
pub struct ShippingClient<P = Sleep> {
    http: reqwest::Client,
    base_url: Url,
    settings: Settings,
    pause: P,
}

impl ShippingClient<Sleep> {
    /// The client of production: it really sleeps between two attempts.
    pub fn new(base_url: Url, settings: Settings) -> ShippingClient<Sleep> {
        ShippingClient::with_pause(base_url, settings, Sleep)
    }
}

impl<P: Pause> ShippingClient<P> {
    /// A client that waits between two attempts with `pause`.
    pub fn with_pause(base_url: Url, settings: Settings, pause: P) -> ShippingClient<P> {
        let http = reqwest::Client::builder()
            // A proxy set in the environment has no business seeing the
            // shop's calls to its carrier, nor a test's calls to loopback.
            .no_proxy()
            // reqwest has no timeout unless it is given one. This one covers
            // the whole attempt: connecting, the headers, the whole body.
            .timeout(settings.timeout)
            .build()
            .expect("a reqwest client without TLS always builds");
        ShippingClient {
            http,
            base_url,
            settings,
            pause,
        }
    }

    /// What the carrier would charge for `parcel`: `GET /v1/rates`. Given.
    pub async fn rates(&self, parcel: &Parcel) -> Result<Vec<Rate>, ShippingError> {
        let mut url = self.endpoint("v1/rates");
        url.query_pairs_mut()
            .append_pair("weight_grams", &parcel.weight_grams.to_string())
            .append_pair("to", &parcel.to);
        let request = self.http.get(url).build().expect("a GET of a valid URL");
        let answer: RatesAnswer = self.send(request).await?;
        Ok(answer.rates)
    }

    /// Books the shipment of an order: `POST /v1/shipments`, with the
    /// booking as JSON, and the key in an `Idempotency-Key` header when
    /// there is one. Step 5.
    pub async fn book(
        &self,
        booking: &Booking,
        key: Option<&IdempotencyKey>,
    ) -> Result<Shipment, ShippingError> {
        let mut request = self.http.post(self.endpoint("v1/shipments")).json(booking);
        if let Some(key) = key {
            request = request.header(IDEMPOTENCY_KEY, key.as_str());
        }
        // A booking is strings and numbers, and a key is always a valid
        // header value: building the request cannot fail.
        let request = request.build().expect("a booking always makes a request");
        self.send(request).await
    }

    fn endpoint(&self, path: &str) -> Url {
        self.base_url
            .join(path)
            .expect("an http base URL takes a path")
    }

    // ANCHOR: send
    /// Sends `request` until an attempt succeeds, the failure is one that
    /// must not be tried again, or the policy's attempts are used up; and
    /// pauses before each retry. Given.
    async fn send<T: DeserializeOwned>(&self, request: Request) -> Result<T, ShippingError> {
        let mut attempt = 1;
        loop {
            let copy = request
                .try_clone()
                .expect("the client sends no streaming bodies");
            let error = match self.attempt(copy).await {
                Ok(answer) => return Ok(answer),
                Err(error) => error,
            };
            if attempt >= self.settings.retry.max_attempts {
                return Err(error);
            }
            let Some(delay) = self.retry_delay(&request, &error, attempt) else {
                return Err(error);
            };
            self.pause.pause(delay).await;
            attempt += 1;
        }
    }
    // ANCHOR_END: send

    /// One attempt: the request, and its answer read to the end. Given.
    async fn attempt<T: DeserializeOwned>(&self, request: Request) -> Result<T, ShippingError> {
        let response = self.http.execute(request).await.map_err(transport_error)?;
        read_answer(response).await
    }

    /// Whether to try `request` again after it failed with `error`, and if
    /// so, how long to wait before retry number `retry` (1 for the first
    /// retry). Steps 4 and 5.
    fn retry_delay(
        &self,
        request: &Request,
        error: &ShippingError,
        retry: u32,
    ) -> Option<Duration> {
        if !may_be_sent_again(request) {
            return None;
        }
        let policy = &self.settings.retry;
        match error {
            // The carrier said how long; a wait longer than the policy allows
            // is the caller's to decide on, not a reason to hang.
            ShippingError::RateLimited {
                retry_after: Some(wait),
            } => (*wait <= policy.max_delay).then_some(*wait),
            // Failures that may be gone a moment later.
            ShippingError::RateLimited { retry_after: None }
            | ShippingError::Unavailable { .. }
            | ShippingError::Timeout
            | ShippingError::Network(_) => Some(policy.backoff(retry)),
            // The same request would get the same answer.
            ShippingError::Rejected { .. } | ShippingError::MalformedResponse(_) => None,
        }
    }
}

/// A request may be sent again if sending it twice does what sending it
/// once does: an idempotent method (GET, PUT, DELETE, ...), or a POST that
/// the carrier recognizes by its idempotency key. Step 5.
fn may_be_sent_again(request: &Request) -> bool {
    request.method().is_idempotent() || request.headers().contains_key(IDEMPOTENCY_KEY)
}

/// Turns the carrier's answer into the value it carries, or into the
/// `ShippingError` it means. Step 2.
async fn read_answer<T: DeserializeOwned>(response: Response) -> Result<T, ShippingError> {
    let status = response.status();
    if status == StatusCode::TOO_MANY_REQUESTS {
        return Err(ShippingError::RateLimited {
            retry_after: retry_after(response.headers()),
        });
    }
    if status.is_server_error() {
        return Err(ShippingError::Unavailable {
            status: status.as_u16(),
        });
    }
    let body = response.bytes().await.map_err(transport_error)?;
    if status.is_success() {
        return serde_json::from_slice(&body)
            .map_err(|error| ShippingError::MalformedResponse(error.to_string()));
    }
    // A refusal should come with the carrier's reason; if it does not, its
    // body is the best reason there is.
    let message = match serde_json::from_slice::<Refusal>(&body) {
        Ok(refusal) => refusal.message,
        Err(_) => String::from_utf8_lossy(&body).into_owned(),
    };
    Err(ShippingError::Rejected {
        status: status.as_u16(),
        message,
    })
}

/// `Retry-After: 7` asks for 7 seconds. The header may also give a date;
/// then this returns `None`, and the client backs off as usual.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let seconds = headers
        .get(RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()?;
    Some(Duration::from_secs(seconds))
}

/// What reqwest's error means to the shop. Step 3.
fn transport_error(error: reqwest::Error) -> ShippingError {
    if error.is_timeout() {
        return ShippingError::Timeout;
    }
    // reqwest's own message names only the URL; the cause is further down.
    let mut detail = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        detail.push_str(": ");
        detail.push_str(&cause.to_string());
        source = cause.source();
    }
    ShippingError::Network(detail)
}
