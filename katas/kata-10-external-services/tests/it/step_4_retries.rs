//! Step 4: a rate quote (a GET) that failed is asked again, when that can
//! help, after a wait that grows and is bounded.
//!
//! Every client here records its pauses instead of sleeping: the tests never
//! wait for the backoff, and they check each wait the client asked for.

use std::time::Duration;

use kata_10::error::ShippingError;
use kata_10::retry::{Pause, RetryPolicy, Sleep};
use kata_10::settings::Settings;
use serde_json::json;

use crate::stub::{Answer, StubServer};
use crate::support::{
    client, millis, once, parcel, rates, rates_json, retrying, retrying_briefly, within,
};

// ANCHOR: until_it_works
#[tokio::test]
async fn a_quote_that_failed_is_asked_again_until_it_works() {
    let stub = StubServer::start([
        Answer::status(500),
        Answer::status(429),
        Answer::json(200, rates_json()),
    ])
    .await;
    let (client, pauses) = client(stub.url(), retrying());

    let result = client.rates(&parcel()).await;

    assert_eq!(
        result,
        Ok(rates()),
        "\nkata 10, step 4: the carrier answered 500, then 429, then the rates. Both\n\
         failures may be gone a moment later: retry them.\n",
    );
    assert_eq!(stub.requests().len(), 3, "three answers, three requests");
    assert_eq!(
        pauses.taken(),
        millis(&[100, 200]),
        "\nkata 10, step 4: before each retry, the client pauses for the policy's backoff:\n\
         `RetryPolicy::backoff(retry)`, 100 ms before the first retry, 200 ms before\n\
         the second.\n",
    );
}
// ANCHOR_END: until_it_works

#[tokio::test]
async fn the_waits_grow_to_a_bound_and_the_attempts_run_out() {
    let stub = StubServer::start([Answer::status(503)]).await;
    let (client, pauses) = client(stub.url(), retrying());

    let result = client.rates(&parcel()).await;

    assert_eq!(
        result,
        Err(ShippingError::Unavailable { status: 503 }),
        "\nkata 10, step 4: a carrier that fails every time: after the last attempt, the\n\
         client reports the last failure.\n",
    );
    assert_eq!(
        stub.requests().len(),
        4,
        "kata 10, step 4: the policy allows 4 attempts in all"
    );
    assert_eq!(
        pauses.taken(),
        millis(&[100, 200, 300]),
        "\nkata 10, step 4: the backoff doubles, and never goes past the policy's\n\
         max_delay (300 ms here).\n",
    );
}

#[tokio::test]
async fn a_quote_that_timed_out_is_asked_again() {
    let stub = StubServer::start([Answer::Silence]).await;
    let (client, pauses) = client(stub.url(), retrying_briefly());

    let result = within(
        client.rates(&parcel()),
        "kata 10, step 4: the client was still waiting after 5 s for a carrier that never\n\
         answers. Do step 3 first: the timeout.",
    )
    .await;

    assert_eq!(result, Err(ShippingError::Timeout));
    assert_eq!(
        pauses.taken(),
        millis(&[100, 200]),
        "\nkata 10, step 4: a quote that timed out may well get an answer next time: asking\n\
         for a price twice does no harm. Retry a timeout, like a 5xx.\n",
    );
}

#[tokio::test]
async fn a_refusal_is_not_asked_again() {
    let refusal = json!({ "code": "too_heavy", "message": "we carry up to 31.5 kg" });
    let stub =
        StubServer::start([Answer::json(422, refusal), Answer::json(200, rates_json())]).await;
    let (client, pauses) = client(stub.url(), retrying());

    let result = client.rates(&parcel()).await;

    assert!(
        matches!(result, Err(ShippingError::Rejected { status: 422, .. })),
        "\nkata 10, step 4: the carrier refused the request (422), and the client returned\n\
         {result:?}. Asked again, the same question gets the same refusal: don't retry it.\n",
    );
    assert_eq!(stub.requests().len(), 1);
    assert_eq!(pauses.taken(), millis(&[]));
}

#[tokio::test]
async fn a_malformed_answer_is_not_asked_again() {
    let stub = StubServer::start([
        Answer::json(200, json!({ "prices": [] })),
        Answer::json(200, rates_json()),
    ])
    .await;
    let (client, pauses) = client(stub.url(), retrying());

    let result = client.rates(&parcel()).await;

    assert!(
        matches!(result, Err(ShippingError::MalformedResponse(_))),
        "\nkata 10, step 4: the carrier answered JSON of the wrong shape, and the client\n\
         returned {result:?}. That is a bug on one side or the other, not bad luck: a\n\
         retry would get the same answer, and hide the bug. Don't retry it.\n",
    );
    assert_eq!(stub.requests().len(), 1);
    assert_eq!(pauses.taken(), millis(&[]));
}

#[tokio::test]
async fn a_rate_limited_quote_waits_as_long_as_the_carrier_asks() {
    let stub = StubServer::start([
        Answer::status(429).with_header("Retry-After", "2"),
        Answer::json(200, rates_json()),
    ])
    .await;
    let settings = Settings {
        retry: RetryPolicy {
            max_delay: Duration::from_secs(5),
            ..retrying().retry
        },
        ..retrying()
    };
    let (client, pauses) = client(stub.url(), settings);

    let result = client.rates(&parcel()).await;

    assert_eq!(result, Ok(rates()));
    assert_eq!(
        pauses.taken(),
        [Duration::from_secs(2)],
        "\nkata 10, step 4: the carrier answered 429 with `Retry-After: 2`. It knows best\n\
         when it can take the next request: wait what it asks for, instead of the backoff,\n\
         as long as that is within the policy's max_delay (5 s here).\n",
    );
}

#[tokio::test]
async fn a_wait_longer_than_the_policy_allows_is_not_waited_for() {
    let stub = StubServer::start([
        Answer::status(429).with_header("Retry-After", "120"),
        Answer::json(200, rates_json()),
    ])
    .await;
    let (client, pauses) = client(stub.url(), retrying());

    let result = client.rates(&parcel()).await;

    assert_eq!(
        result,
        Err(ShippingError::RateLimited {
            retry_after: Some(Duration::from_secs(120)),
        }),
        "\nkata 10, step 4: the carrier asks for a wait of 120 s, and the policy never waits\n\
         more than 300 ms. Don't wait, and don't retry early either: report it at once,\n\
         and let the caller decide (show \"try again in two minutes\", queue the job).\n",
    );
    assert_eq!(stub.requests().len(), 1);
    assert_eq!(pauses.taken(), millis(&[]));
}

#[tokio::test]
async fn a_client_that_never_retries_asks_once() {
    let stub = StubServer::start([Answer::status(503), Answer::json(200, rates_json())]).await;
    let (client, pauses) = client(stub.url(), once());

    let result = client.rates(&parcel()).await;

    assert_eq!(result, Err(ShippingError::Unavailable { status: 503 }));
    assert_eq!(
        (stub.requests().len(), pauses.taken()),
        (1, millis(&[])),
        "\nkata 10, step 4: `RetryPolicy::never()` allows one attempt in all: the client\n\
         reports the first failure, without a pause and without a second request.\n",
    );
}

/// The client of production pauses with `Sleep`, which the other tests
/// replace. Tokio's clock starts paused here and moves on by itself when
/// nothing else is left to do, so a sleep of ten seconds takes no time.
#[tokio::test(start_paused = true)]
async fn the_pause_of_production_really_waits() {
    let started = tokio::time::Instant::now();

    Sleep.pause(Duration::from_secs(10)).await;

    assert_eq!(
        started.elapsed(),
        Duration::from_secs(10),
        "\n`Sleep` is what stands between two attempts of the shop's real client: a pause\n\
         that does not wait would send every retry at once, to a carrier that is already\n\
         failing.\n",
    );
}
