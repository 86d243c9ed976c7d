//! Step 1: the stub itself, called with a plain reqwest client. Every other
//! test trusts the stub, so it gets tests of its own first.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::stub::{Answer, StubServer};
use crate::support::{eventually, plain_client, within};

#[tokio::test]
async fn each_stub_listens_on_a_loopback_port_of_its_own() {
    let first = StubServer::start([Answer::json(200, json!({ "stub": "first" }))]).await;
    let second = StubServer::start([Answer::json(200, json!({ "stub": "second" }))]).await;

    for (stub, name) in [(&first, "first"), (&second, "second")] {
        let url = stub.url();
        assert!(
            url.host_str() == Some("127.0.0.1") && url.port().is_some_and(|port| port != 0),
            "\nkata 10, step 1: the stub says it listens at {url}. Bind 127.0.0.1:0 and give\n\
             the address the listener got (`local_addr()`): port 0 only asks for a free port.\n",
        );
        let response = within(
            plain_client().get(url.join("/any/path").unwrap()).send(),
            "kata 10, step 1: the stub took the connection but never answered a plain GET.\n\
             Is `axum::serve` running on the listener, in a task of its own?",
        )
        .await
        .unwrap_or_else(|error| panic!("\nkata 10, step 1: no answer from {url}: {error}\n"));
        let body: Value = response.json().await.expect("the stub's answer is JSON");
        assert_eq!(
            body,
            json!({ "stub": name }),
            "\nkata 10, step 1: the {name} stub gave another stub's answer: each stub keeps its\n\
             own answers.\n",
        );
    }
}

#[tokio::test]
async fn the_stub_gives_its_answers_in_order_and_then_repeats_the_last() {
    let stub = StubServer::start([
        Answer::raw(429, "text/plain", "slow down"),
        Answer::json(201, json!({ "id": "shp_1" })).with_header("x-request-id", "r-1"),
    ])
    .await;
    let client = plain_client();

    let mut answers = Vec::new();
    for _ in 0..3 {
        let response = client.get(stub.url()).send().await.expect("an answer");
        let status = response.status();
        let request_id = response
            .headers()
            .get("x-request-id")
            .and_then(|value| value.to_str().ok())
            .map(str::to_string);
        let body = response.text().await.expect("a body");
        answers.push((status, request_id, body));
    }

    let slow_down = (StatusCode::TOO_MANY_REQUESTS, None, "slow down".to_string());
    let created = (
        StatusCode::CREATED,
        Some("r-1".to_string()),
        r#"{"id":"shp_1"}"#.to_string(),
    );
    assert_eq!(
        answers,
        [slow_down, created.clone(), created],
        "\nkata 10, step 1: the stub was given two answers: a 429 \"slow down\", then a 201\n\
         with a header and a JSON body. It gives the first to the first request, the\n\
         second to the second, and the last one again to every request after that, each\n\
         with its status, its headers and its body.\n",
    );
}

#[tokio::test]
async fn the_stub_records_each_request_it_receives() {
    let stub = StubServer::start([Answer::status(204)]).await;
    let client = plain_client();

    client
        .post(stub.url().join("/v1/shipments?dry_run=1").unwrap())
        .header("Idempotency-Key", "key-1")
        .json(&json!({ "order": "A-1" }))
        .send()
        .await
        .expect("an answer");
    client
        .get(stub.url().join("/v1/rates?to=10115").unwrap())
        .send()
        .await
        .expect("an answer");

    let requests = stub.requests();
    let seen: Vec<(String, &str)> = requests
        .iter()
        .map(|request| (request.method.to_string(), request.path_and_query()))
        .collect();
    assert_eq!(
        seen,
        [
            ("POST".to_string(), "/v1/shipments?dry_run=1"),
            ("GET".to_string(), "/v1/rates?to=10115"),
        ],
        "\nkata 10, step 1: the stub received a POST and then a GET. Record each request\n\
         (its method, URI, headers and body) before you answer it.\n",
    );
    assert_eq!(
        requests[0].header("idempotency-key"),
        Some("key-1"),
        "\nkata 10, step 1: the POST had an Idempotency-Key header: keep the headers.\n",
    );
    assert_eq!(
        requests[0].json(),
        json!({ "order": "A-1" }),
        "\nkata 10, step 1: keep the body of each request, as it came.\n",
    );
    assert!(
        requests[1].body.is_empty(),
        "\nkata 10, step 1: the GET had no body, but the stub recorded {:?}.\n",
        requests[1].body,
    );
}

#[tokio::test]
async fn a_silent_stub_holds_the_request_and_never_answers() {
    let stub = StubServer::start([Answer::Silence]).await;
    let mut call = tokio::spawn(plain_client().get(stub.url()).send());

    // The stub never answers, so nothing can end this wait but the wait
    // itself: there is no race.
    let outcome = tokio::time::timeout(Duration::from_millis(50), &mut call).await;
    assert!(
        outcome.is_err(),
        "\nkata 10, step 1: a silent stub answered: {outcome:?}.\n\
         Answer::Silence never answers: its handler awaits a future that never completes\n\
         (`std::future::pending()`), rather than sleeping for a while.\n",
    );
    eventually(
        || stub.requests().len() == 1,
        "kata 10, step 1: the silent stub never recorded the request it holds: record\n\
         each request before you decide how to answer it.",
    )
    .await;
    call.abort();
}

#[tokio::test]
async fn an_endless_body_sends_its_start_and_then_nothing() {
    let first_chunk = r#"{"rates": [{"service": "standard", "#;
    let stub = StubServer::start([Answer::EndlessBody {
        first_chunk: first_chunk.to_string(),
    }])
    .await;

    let mut response = within(
        plain_client().get(stub.url()).send(),
        "kata 10, step 1: no headers came from an EndlessBody answer: send the status and\n\
         the headers at once, and stream the body.",
    )
    .await
    .expect("an answer");
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response
            .headers()
            .get("content-type")
            .map(|value| value.as_bytes()),
        Some(&b"application/json"[..]),
        "\nkata 10, step 1: an EndlessBody answer says it is JSON.\n",
    );

    let mut received = Vec::new();
    while received.len() < first_chunk.len() {
        let chunk = within(
            response.chunk(),
            "kata 10, step 1: the first chunk of the endless body never came.",
        )
        .await
        .expect("the body can be read");
        match chunk {
            Some(bytes) => received.extend_from_slice(&bytes),
            None => panic!(
                "\nkata 10, step 1: the endless body ended after {:?}: it must never end.\n",
                String::from_utf8_lossy(&received)
            ),
        }
    }
    assert_eq!(
        String::from_utf8_lossy(&received),
        first_chunk,
        "\nkata 10, step 1: the endless body starts with its first chunk.\n",
    );

    let more = tokio::time::timeout(Duration::from_millis(50), response.chunk()).await;
    assert!(
        more.is_err(),
        "\nkata 10, step 1: after its first chunk, the endless body gave {more:?}; it must\n\
         send nothing more and stay open: chain a stream that is always pending\n\
         (`futures_util::stream::pending()`).\n",
    );
}
