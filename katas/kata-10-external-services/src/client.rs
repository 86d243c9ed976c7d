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

use std::time::Duration;

use reqwest::{Request, Response, Url};
use serde::de::DeserializeOwned;

use crate::carrier::{Booking, Parcel, Rate, RatesAnswer, Shipment};
use crate::error::ShippingError;
use crate::idempotency::IdempotencyKey;
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
            // kata 10, step 3: reqwest has no timeout unless it is given
            // one, and `settings.timeout` is for the whole attempt.
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
        todo!(
            "kata 10, step 5: in src/client.rs, write book: POST the booking of order {} as \
             JSON to /v1/shipments, with its key in an `Idempotency-Key` header when it has \
             one (this one: {:?}), and `send` it like `rates` does; then make sure that \
             a POST is never sent again unless it has a key",
            booking.order,
            key.map(IdempotencyKey::as_str),
        )
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
    /// retry): `Some(delay)`, or `None` to give up. `send` calls it only
    /// while attempts are left. Steps 4 and 5.
    fn retry_delay(
        &self,
        request: &Request,
        error: &ShippingError,
        retry: u32,
    ) -> Option<Duration> {
        todo!(
            "kata 10, step 4: in src/client.rs, write retry_delay: {} {} failed with {error:?}. \
             Say whether another attempt can help, and how long to pause before retry \
             {retry}: the policy's backoff (`self.settings.retry.backoff(retry)`), or what \
             the carrier asked for, within the policy's max_delay",
            request.method(),
            request.url(),
        )
    }
}

/// Turns the carrier's answer into the value it carries, or into the
/// `ShippingError` it means. Step 2.
async fn read_answer<T: DeserializeOwned>(response: Response) -> Result<T, ShippingError> {
    todo!(
        "kata 10, step 2: in src/client.rs, write read_answer: the carrier answered {}. Turn \
         each kind of answer into what it means (see `ShippingError`): a success's body read \
         as JSON, or the error that the status says, with the carrier's reason or its \
         `Retry-After`",
        response.status(),
    )
}

/// What reqwest's error means to the shop. Step 3.
fn transport_error(error: reqwest::Error) -> ShippingError {
    todo!(
        "kata 10, step 3: in src/client.rs, write transport_error: turn this reqwest error \
         into a ShippingError (a timeout, or something else on the way): {error}"
    )
}
