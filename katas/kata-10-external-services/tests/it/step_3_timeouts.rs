//! Step 3: a carrier that does not answer in time, or cannot be reached,
//! is a result too, and comes back in time.
//!
//! The stubs here never answer, so no test races its timeout: the only thing
//! that can end the wait is the client's own timeout.

use std::time::{Duration, Instant};

use kata_10::client::ShippingClient;
use kata_10::error::ShippingError;
use kata_10::retry::RetryPolicy;
use kata_10::settings::Settings;
use reqwest::Url;

use crate::stub::{Answer, StubServer};
use crate::support::{once, parcel, within};

const TIMEOUT: Duration = Duration::from_millis(50);

fn short_timeout() -> Settings {
    Settings {
        timeout: TIMEOUT,
        retry: RetryPolicy::never(),
    }
}

#[tokio::test]
async fn a_carrier_that_never_answers_is_a_timeout() {
    let stub = StubServer::start([Answer::Silence]).await;
    let client = ShippingClient::new(stub.url(), short_timeout());
    let started = Instant::now();

    let result = within(
        client.rates(&parcel()),
        "kata 10, step 3: the client was still waiting after 5 s for a carrier that never\n\
         answers, with a timeout of 50 ms in its settings. reqwest waits forever unless\n\
         it is given a timeout: give it `settings.timeout` when you build it.",
    )
    .await;

    assert_eq!(
        result,
        Err(ShippingError::Timeout),
        "\nkata 10, step 3: no answer within the timeout is ShippingError::Timeout: a\n\
         reqwest error for which `is_timeout()` is true.\n",
    );
    let waited = started.elapsed();
    assert!(
        waited >= TIMEOUT,
        "\nkata 10, step 3: the client gave up after {waited:?}, before its timeout of\n\
         {TIMEOUT:?}: use the timeout of the settings.\n",
    );
}

#[tokio::test]
async fn a_body_that_never_ends_is_a_timeout() {
    let stub = StubServer::start([Answer::EndlessBody {
        first_chunk: r#"{"rates": ["#.to_string(),
    }])
    .await;
    let client = ShippingClient::new(stub.url(), short_timeout());

    let result = within(
        client.rates(&parcel()),
        "kata 10, step 3: the client was still reading a body that never ends, after 5 s.\n\
         The status and the headers came at once; the timeout must cover the body too\n\
         (`ClientBuilder::timeout` does; a connect timeout, or a timeout around `send`\n\
         alone, does not).",
    )
    .await;

    assert_eq!(
        result,
        Err(ShippingError::Timeout),
        "\nkata 10, step 3: a body that did not end within the timeout is\n\
         ShippingError::Timeout, not a malformed answer: the answer never finished.\n",
    );
}

#[tokio::test]
async fn a_carrier_that_cannot_be_reached_is_a_network_error() {
    // Nothing can listen on port 0: connecting fails at once, on any system.
    // A generous timeout, so that a slow refusal is still not a timeout.
    let nowhere = Url::parse("http://127.0.0.1:0").unwrap();
    let client = ShippingClient::new(nowhere, once());

    let result = within(
        client.rates(&parcel()),
        "kata 10, step 3: connecting to port 0 should fail at once, and the client was\n\
         still waiting after 5 s.",
    )
    .await;

    assert!(
        matches!(result, Err(ShippingError::Network(_))),
        "\nkata 10, step 3: the carrier could not be reached at all; the client returned\n\
         {result:?}. A reqwest error that is not a timeout is ShippingError::Network, with\n\
         reqwest's message.\n",
    );
}
