//! What every test needs: a way to call the API in-process (given), and a
//! way to call it over HTTP, `TestApp` (**you write it**).

use axum::Router;
use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use kata_07::api::app;
use kata_07::repository::UserRepository;
use serde::Serialize;
use serde::de::DeserializeOwned;
use tower::ServiceExt;

// ANCHOR: in_process
/// A fresh router over a fresh, empty database. Clones of it share the
/// database: call `send(&router, ...)` as many times as a test needs.
pub fn router() -> Router {
    app(UserRepository::open_in_memory().expect("a fresh in-memory database opens"))
}

/// What the router answered: the status, the headers and the whole body.
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Reply {
    /// The body, read as JSON into a `T`. Panics with the body's text when it
    /// is not.
    pub fn json<T: DeserializeOwned>(&self) -> T {
        serde_json::from_slice(&self.body).unwrap_or_else(|error| {
            panic!(
                "expected a JSON body, got {:?} ({error})",
                String::from_utf8_lossy(&self.body)
            )
        })
    }
}

/// Calls the router once with `request`, in this process: no socket, no
/// HTTP parsing, no client. The request goes in as a value and the response
/// comes back as one.
pub async fn send(router: &Router, request: Request<Body>) -> Reply {
    // `oneshot` takes the router by value, so call a clone: clones share the
    // state, and so the database. A router's error type is `Infallible`:
    // every failure, a 404 or a 500, arrives as a response.
    let Ok(response) = router.clone().oneshot(request).await;
    let (parts, body) = response.into_parts();
    let body = body
        .collect()
        .await
        .expect("the whole body can be read")
        .to_bytes();
    Reply {
        status: parts.status,
        headers: parts.headers,
        body,
    }
}

/// A request with `body` as JSON, such as `json_request(Method::POST,
/// "/users", &form)`.
pub fn json_request(method: Method, uri: &str, body: &impl Serialize) -> Request<Body> {
    let body = serde_json::to_vec(body).expect("the body serializes to JSON");
    Request::builder()
        .method(method)
        .uri(uri)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body))
        .expect("a valid request")
}

/// A `GET` request for `uri`.
pub fn get(uri: &str) -> Request<Body> {
    Request::builder()
        .uri(uri)
        .body(Body::empty())
        .expect("a valid request")
}
// ANCHOR_END: in_process

// ANCHOR: test_app
/// The API behind a real server, on a port of its own, with a database of
/// its own, and a client to call it with. Every test that wants one spawns
/// its own, so tests never see each other's users and can run in parallel.
///
/// Add the fields you need inside the `{ }`.
pub struct TestApp {
    /// Where the server listens, such as `http://127.0.0.1:54321`.
    pub address: String,
    /// A client for this server.
    pub client: reqwest::Client,
}

impl TestApp {
    /// Starts a server for this test and returns once it can take requests.
    pub async fn spawn() -> TestApp {
        todo!(
            "kata 07, step 1: write TestApp::spawn in tests/it/helpers.rs: bind a listener \
             to 127.0.0.1:0, serve the API on it from a spawned task \
             (kata_07::server::serve), and return its address and a reqwest client"
        )
    }

    /// The full URL of `path` on this server, such as `app.url("/users/1")`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }
}
// ANCHOR_END: test_app
