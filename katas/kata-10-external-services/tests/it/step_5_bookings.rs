//! Step 5: booking a shipment (a POST). Sent twice, a booking could ship the
//! parcel twice: it is sent again only when it carries an idempotency key.

use kata_10::carrier::Booking;
use kata_10::error::ShippingError;
use kata_10::idempotency::IdempotencyKey;
use serde_json::json;

use crate::stub::{Answer, StubServer};
use crate::support::{booking, client, millis, once, retrying, retrying_briefly, shipment, within};

#[tokio::test]
async fn a_booking_is_posted_with_its_key() {
    let stub = StubServer::start([Answer::json(201, json!(shipment()))]).await;
    let (client, _pauses) = client(stub.url(), once());
    let key = IdempotencyKey::for_order("A-1001");

    let result = client.book(&booking(), Some(&key)).await;

    assert_eq!(
        result,
        Ok(shipment()),
        "\nkata 10, step 5: the carrier booked the shipment and answered 201 with it.\n",
    );
    let requests = stub.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(
        (request.method.as_str(), request.path_and_query()),
        ("POST", "/v1/shipments"),
        "\nkata 10, step 5: a booking is a POST to /v1/shipments.\n",
    );
    assert_eq!(
        request.header("content-type"),
        Some("application/json"),
        "\nkata 10, step 5: the booking goes as JSON (`RequestBuilder::json`).\n",
    );
    assert_eq!(request.json(), json!(booking()));
    assert_eq!(
        request.header("idempotency-key"),
        Some(key.as_str()),
        "\nkata 10, step 5: the key goes in the `Idempotency-Key` header\n\
         (`kata_10::idempotency::IDEMPOTENCY_KEY`).\n",
    );
}

#[tokio::test]
async fn a_booking_without_a_key_is_sent_once_even_when_it_fails() {
    let stub = StubServer::start([Answer::status(503), Answer::json(201, json!(shipment()))]).await;
    let (client, pauses) = client(stub.url(), retrying());

    let result = client.book(&booking(), None).await;

    assert_eq!(result, Err(ShippingError::Unavailable { status: 503 }));
    let requests = stub.requests();
    assert_eq!(
        requests.len(),
        1,
        "\nkata 10, step 5: a booking without a key was sent {} times. A 503 does not\n\
         prove that nothing was booked, and without a key the carrier cannot tell a\n\
         retry from a second order: it may ship two parcels. Never send a POST again\n\
         unless it has an idempotency key.\n",
        requests.len(),
    );
    assert_eq!(requests[0].header("idempotency-key"), None);
    assert_eq!(pauses.taken(), millis(&[]));
}

#[tokio::test]
async fn a_booking_without_a_key_that_timed_out_is_not_sent_again() {
    let stub = StubServer::start([Answer::Silence]).await;
    let (client, pauses) = client(stub.url(), retrying_briefly());

    let result = within(
        client.book(&booking(), None),
        "kata 10, step 5: the client was still waiting after 5 s for a carrier that never\n\
         answers. Do step 3 first: the timeout.",
    )
    .await;

    assert_eq!(result, Err(ShippingError::Timeout));
    assert_eq!(
        pauses.taken(),
        millis(&[]),
        "\nkata 10, step 5: a booking without a key timed out, and the client paused to send\n\
         it again. A timeout says nothing about the booking: the request may have\n\
         arrived, and only the answer got lost. Without a key, never send it again.\n",
    );
}

#[tokio::test]
async fn a_booking_with_a_key_is_sent_again_with_the_same_key() {
    let stub = StubServer::start([
        Answer::status(503),
        Answer::status(500),
        Answer::json(201, json!(shipment())),
    ])
    .await;
    let (client, pauses) = client(stub.url(), retrying());
    let key = IdempotencyKey::for_order("A-1001");

    let result = client.book(&booking(), Some(&key)).await;

    assert_eq!(
        result,
        Ok(shipment()),
        "\nkata 10, step 5: the carrier failed twice, then booked the shipment. With an\n\
         idempotency key, a booking is safe to send again: the carrier books each key\n\
         once.\n",
    );
    let requests = stub.requests();
    assert_eq!(requests.len(), 3);
    for request in &requests {
        assert_eq!(
            (request.header("idempotency-key"), request.json()),
            (Some(key.as_str()), json!(booking())),
            "\nkata 10, step 5: every attempt is the same booking, with the same key: a new\n\
             key would make each retry a new order.\n",
        );
    }
    assert_eq!(pauses.taken(), millis(&[100, 200]));
}

#[tokio::test]
async fn a_booking_with_a_key_that_timed_out_is_sent_again() {
    let stub = StubServer::start([Answer::Silence]).await;
    let (client, pauses) = client(stub.url(), retrying_briefly());
    let key = IdempotencyKey::for_order("A-1001");

    let result = within(
        client.book(&booking(), Some(&key)),
        "kata 10, step 5: the client was still waiting after 5 s for a carrier that never\n\
         answers. Do step 3 first: the timeout.",
    )
    .await;

    assert_eq!(result, Err(ShippingError::Timeout));
    assert_eq!(
        pauses.taken(),
        millis(&[100, 200]),
        "\nkata 10, step 5: with a key, a booking that timed out is safe to send again: if\n\
         the first one arrived, the carrier answers the retry with the same shipment.\n",
    );
}

#[tokio::test]
async fn a_bookings_key_is_written_from_its_order_number() {
    let stub = StubServer::start([Answer::json(201, json!(shipment()))]).await;
    let (client, _pauses) = client(stub.url(), once());
    let odd_order = Booking {
        order: "B 2002/é".to_string(),
        ..booking()
    };

    for order in [booking(), odd_order] {
        let key = IdempotencyKey::for_order(&order.order);
        let result = client.book(&order, Some(&key)).await;
        assert_eq!(result, Ok(shipment()));
    }

    let keys: Vec<_> = stub
        .requests()
        .iter()
        .map(|request| request.header("idempotency-key").map(str::to_string))
        .collect();
    assert_eq!(
        keys,
        [
            Some("shipment-of-A-1001".to_string()),
            Some("shipment-of-B%202002%2F%C3%A9".to_string()),
        ],
        "\nkata 10, step 5: the carrier knows a booking again by its key alone, so the key\n\
         of an order must be the same in every run and every release of the shop: a\n\
         booking sent again after an upgrade, with a key written another way, would ship\n\
         a second parcel. Characters a header cannot carry are written as %XX.\n",
    );
}
