//! The chapter's example, not the kata: the address-lookup client
//! (`src/address_lookup.rs`) against a small hand-made stub of the provider,
//! and against wiremock. Given, and passing from the start.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, serve};
use kata_10::address_lookup::{API_KEY, Address, AddressBook, Found, LookupError};
use reqwest::Url;
use serde::Deserialize;
use tokio::net::TcpListener;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::support::{GENEROUS, SHORT, within};

// ANCHOR: provider_stub
/// A stub of the address-lookup provider: it knows some addresses, or
/// answers nothing at all, and it tells the test what it was asked.
struct ProviderStub {
    url: Url,
    /// The questions, in the order they came, sent by the handler.
    asked: mpsc::UnboundedReceiver<Asked>,
    server: JoinHandle<()>,
}

/// One question the stub was asked: the postcode, and the API key it came
/// with.
#[derive(Debug, Clone, PartialEq)]
struct Asked {
    postcode: String,
    api_key: Option<String>,
}

/// What the handler gets with every request: the addresses it knows (none
/// for a provider that never answers), and where to send each question.
#[derive(Clone)]
struct Provider {
    known: Option<Arc<[Address]>>,
    asked: mpsc::UnboundedSender<Asked>,
}

impl ProviderStub {
    /// A provider that knows `known`, and answers 404 for other postcodes.
    async fn knowing(known: Vec<Address>) -> ProviderStub {
        ProviderStub::start(Some(known.into())).await
    }

    /// A provider that takes every request, and never answers.
    async fn silent() -> ProviderStub {
        ProviderStub::start(None).await
    }

    async fn start(known: Option<Arc<[Address]>>) -> ProviderStub {
        let (sender, asked) = mpsc::unbounded_channel();
        let app = Router::new()
            .route("/v1/addresses", get(addresses))
            .with_state(Provider {
                known,
                asked: sender,
            });
        // Port 0: a free port, whatever else runs on this machine.
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = Url::parse(&format!("http://{}", listener.local_addr().unwrap())).unwrap();
        let server = tokio::spawn(async move { serve(listener, app).await.unwrap() });
        ProviderStub { url, asked, server }
    }

    /// Every question asked since the last call, in order. It never waits:
    /// the handler sent each one before it answered, so once the client has
    /// its answer, the question is here.
    fn asked(&mut self) -> Vec<Asked> {
        std::iter::from_fn(|| self.asked.try_recv().ok()).collect()
    }
}

impl Drop for ProviderStub {
    fn drop(&mut self) {
        self.server.abort();
    }
}

#[derive(Deserialize)]
struct Params {
    postcode: String,
}

async fn addresses(
    State(provider): State<Provider>,
    Query(params): Query<Params>,
    headers: HeaderMap,
) -> Response {
    let api_key = headers
        .get(API_KEY)
        .and_then(|value| value.to_str().ok())
        .map(str::to_string);
    // Sent before the answer goes out: the test may look as soon as the
    // client has its answer. (Sending fails only once the stub is dropped,
    // when nobody is looking any more.)
    let _ = provider.asked.send(Asked {
        postcode: params.postcode.clone(),
        api_key,
    });
    let Some(known) = provider.known else {
        // Never answers, and sets no timer that could race the client's.
        return std::future::pending().await;
    };
    let addresses: Vec<Address> = known
        .iter()
        .filter(|address| address.postcode == params.postcode)
        .cloned()
        .collect();
    if addresses.is_empty() {
        StatusCode::NOT_FOUND.into_response()
    } else {
        Json(Found { addresses }).into_response()
    }
}
// ANCHOR_END: provider_stub

fn museum_island() -> Address {
    Address {
        street: "Bodestraße 1".to_string(),
        city: "Berlin".to_string(),
        postcode: "10178".to_string(),
    }
}

// ANCHOR: hand_made
#[tokio::test]
async fn an_address_is_found_by_its_postcode() {
    let mut provider = ProviderStub::knowing(vec![museum_island()]).await;
    let addresses = AddressBook::new(provider.url.clone(), "test-key", GENEROUS);

    let found = addresses.lookup("10178").await;

    assert_eq!(found, Ok(vec![museum_island()]));
    assert_eq!(
        provider.asked(),
        [Asked {
            postcode: "10178".to_string(),
            api_key: Some("test-key".to_string()),
        }]
    );
}

#[tokio::test]
async fn an_unknown_postcode_is_reported_as_such() {
    let provider = ProviderStub::knowing(vec![museum_island()]).await;
    let addresses = AddressBook::new(provider.url.clone(), "test-key", GENEROUS);

    assert_eq!(
        addresses.lookup("99999").await,
        Err(LookupError::UnknownPostcode)
    );
}

#[tokio::test]
async fn a_provider_that_never_answers_is_a_timeout() {
    let provider = ProviderStub::silent().await;
    let addresses = AddressBook::new(provider.url.clone(), "test-key", SHORT);

    let found = within(addresses.lookup("10178"), "the lookup never timed out").await;

    assert_eq!(found, Err(LookupError::Timeout));
}
// ANCHOR_END: hand_made

// ANCHOR: wiremock
#[tokio::test]
async fn with_wiremock_an_address_is_found_by_its_postcode() {
    let provider = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/addresses"))
        .and(query_param("postcode", "10178"))
        .and(header(API_KEY, "test-key"))
        .respond_with(ResponseTemplate::new(200).set_body_json(Found {
            addresses: vec![museum_island()],
        }))
        .expect(1)
        .mount(&provider)
        .await;
    let url = Url::parse(&provider.uri()).unwrap();
    let addresses = AddressBook::new(url, "test-key", GENEROUS);

    let found = addresses.lookup("10178").await;

    assert_eq!(found, Ok(vec![museum_island()]));
    // `expect(1)` is checked when `provider` is dropped, here.
}

#[tokio::test]
async fn with_wiremock_a_slow_provider_is_a_timeout() {
    let provider = MockServer::start().await;
    // wiremock cannot hold a request forever; it can answer late. Late by
    // a minute, against the client's timeout of `SHORT` (20 ms), is never a
    // race.
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(60)))
        .mount(&provider)
        .await;
    let url = Url::parse(&provider.uri()).unwrap();
    let addresses = AddressBook::new(url, "test-key", SHORT);

    let found = within(addresses.lookup("10178"), "the lookup never timed out").await;

    assert_eq!(found, Err(LookupError::Timeout));
}
// ANCHOR_END: wiremock
