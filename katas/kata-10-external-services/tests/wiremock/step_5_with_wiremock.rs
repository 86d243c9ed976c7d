//! Step 5 once more, with wiremock in place of your stub. Given: it passes
//! once `book` works, and shows what the ready-made crate does for you.
//!
//! wiremock's `MockServer` is a stub server on 127.0.0.1 at a port the system
//! picked, like yours. A `Mock` answers the requests its matchers accept;
//! `expect(n)` says how many it must see, and the server checks every
//! expectation when it is dropped, at the end of the test.

use kata_10::idempotency::{IDEMPOTENCY_KEY, IdempotencyKey};
use reqwest::Url;
use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockBuilder, MockServer, ResponseTemplate};

use crate::support::{booking, client, millis, retrying, shipment};

#[tokio::test]
async fn a_booking_with_a_key_is_sent_again_after_a_failure() {
    let carrier = MockServer::start().await;
    let key = IdempotencyKey::for_order("A-1001");
    // Only this booking, with this key, matches: any other request gets
    // wiremock's 404, and the client a `Rejected`.
    let this_booking = || -> MockBuilder {
        Mock::given(method("POST"))
            .and(path("/v1/shipments"))
            .and(header(IDEMPOTENCY_KEY, key.as_str()))
            .and(body_json(booking()))
    };
    // Mounted first, so it is asked first; after one match it steps aside.
    this_booking()
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .expect(1)
        .named("the first attempt, which fails")
        .mount(&carrier)
        .await;
    this_booking()
        .respond_with(ResponseTemplate::new(201).set_body_json(shipment()))
        .expect(1)
        .named("the retry, which books the shipment")
        .mount(&carrier)
        .await;
    let url = Url::parse(&carrier.uri()).expect("wiremock gives an http URL");
    let (client, pauses) = client(url, retrying());

    let result = client.book(&booking(), Some(&key)).await;

    assert_eq!(
        result,
        Ok(shipment()),
        "\nkata 10, step 5: wiremock answered the booking 503, then 201.\n",
    );
    assert_eq!(pauses.taken(), millis(&[100]));
    // No assertion on the requests: when `carrier` goes out of scope, it
    // checks that each mock matched exactly once, and panics if not.
}
