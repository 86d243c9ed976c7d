//! Step 2: every answer of the carrier becomes a result in the shop's words.
//! One attempt per test, and a generous timeout: nothing here waits or
//! retries.

use std::time::Duration;

use kata_10::carrier::Rate;
use kata_10::client::ShippingClient;
use kata_10::error::ShippingError;
use serde_json::json;

use crate::stub::{Answer, StubServer};
use crate::support::{once, parcel, rates, rates_json};

/// Asks a stub that gives `answer` for the rates of `parcel()`.
async fn quote(answer: Answer) -> (Result<Vec<Rate>, ShippingError>, StubServer) {
    let stub = StubServer::start([answer]).await;
    let client = ShippingClient::new(stub.url(), once());
    (client.rates(&parcel()).await, stub)
}

#[tokio::test]
async fn rates_come_from_the_carriers_answer() {
    let (result, stub) = quote(Answer::json(200, rates_json())).await;

    assert_eq!(
        result,
        Ok(rates()),
        "\nkata 10, step 2: the carrier answered 200 with two rates. Read the body as JSON\n\
         into the type the caller asked for (`T`, here `RatesAnswer`).\n",
    );
    let requests = stub.requests();
    assert_eq!(requests.len(), 1, "one question, one request");
    assert_eq!(requests[0].method, "GET");
    assert_eq!(
        requests[0].path_and_query(),
        "/v1/rates?weight_grams=1200&to=10115"
    );
}

#[tokio::test]
async fn a_refusal_is_rejected_with_the_carriers_message() {
    let refusal = json!({
        "code": "unknown_postcode",
        "message": "no postcode 99999 in our network",
    });

    let (result, _stub) = quote(Answer::json(422, refusal)).await;

    assert_eq!(
        result,
        Err(ShippingError::Rejected {
            status: 422,
            message: "no postcode 99999 in our network".to_string(),
        }),
        "\nkata 10, step 2: the carrier refused the request with 422 and a JSON body\n\
         {{\"code\", \"message\"}} (`Refusal`). A 4xx other than 429 is\n\
         ShippingError::Rejected, with the status and the carrier's message.\n",
    );
}

#[tokio::test]
async fn a_server_error_means_the_carrier_is_unavailable() {
    for status in [500, 503] {
        let (result, _stub) = quote(Answer::raw(status, "text/html", "<h1>Oops</h1>")).await;

        assert_eq!(
            result,
            Err(ShippingError::Unavailable { status }),
            "\nkata 10, step 2: the carrier answered {status}. A 5xx means the carrier failed:\n\
             ShippingError::Unavailable, with the status. Its body is nobody's business.\n",
        );
    }
}

#[tokio::test]
async fn too_many_requests_is_rate_limited_for_as_long_as_the_carrier_asks() {
    let (with_header, _stub) = quote(Answer::status(429).with_header("Retry-After", "7")).await;
    assert_eq!(
        with_header,
        Err(ShippingError::RateLimited {
            retry_after: Some(Duration::from_secs(7)),
        }),
        "\nkata 10, step 2: the carrier answered 429 with `Retry-After: 7`: it asks the shop\n\
         to wait 7 seconds. That is ShippingError::RateLimited, with the wait it asked for.\n",
    );

    let (without, _stub) = quote(Answer::status(429)).await;
    assert_eq!(
        without,
        Err(ShippingError::RateLimited { retry_after: None }),
        "\nkata 10, step 2: a 429 without a Retry-After header asks for no wait in\n\
         particular: `retry_after: None`.\n",
    );
}

#[tokio::test]
async fn a_body_that_is_not_json_is_a_malformed_response() {
    let cut_short = r#"{"rates": [{"service": "standard", "price_cen"#;

    let (result, _stub) = quote(Answer::raw(200, "application/json", cut_short)).await;

    assert!(
        matches!(result, Err(ShippingError::MalformedResponse(_))),
        "\nkata 10, step 2: the carrier answered 200 with a body that is not JSON at all;\n\
         the client returned {result:?}. That is ShippingError::MalformedResponse, with\n\
         what went wrong.\n",
    );
}

#[tokio::test]
async fn json_of_another_shape_is_a_malformed_response() {
    let renamed = json!({ "prices": [{ "service": "standard", "cents": 495, "days": 3 }] });

    let (result, _stub) = quote(Answer::json(200, renamed)).await;

    assert!(
        matches!(result, Err(ShippingError::MalformedResponse(_))),
        "\nkata 10, step 2: the carrier answered 200 with JSON that has no \"rates\"; the\n\
         client returned {result:?}. An answer of another shape than the API promises is\n\
         ShippingError::MalformedResponse too, not an empty list of rates.\n",
    );
}

#[tokio::test]
async fn a_refusal_reads_as_the_carriers_reason() {
    let refusal = json!({
        "code": "unknown_postcode",
        "message": "no postcode 99999 in our network",
    });

    let (result, _stub) = quote(Answer::json(422, refusal)).await;

    let shown = result.map_err(|error| error.to_string());
    assert_eq!(
        shown,
        Err("the carrier refused the request (422): no postcode 99999 in our network".to_string()),
        "\nkata 10, step 2: the shop shows a ShippingError to people, in its own words: a\n\
         refusal should read as the carrier's reason, not as a status code alone.\n",
    );
}
