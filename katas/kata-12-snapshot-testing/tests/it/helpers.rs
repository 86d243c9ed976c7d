//! What every test needs, given: a fresh shop, and a way to call it
//! in-process, as chapter 7 did, with `oneshot`.

use axum::Router;
use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Request, StatusCode, header};
use http_body_util::BodyExt;
use kata_12::api::app;
use kata_12::store::Store;
use serde::Serialize;
use serde_json::Value;
use tower::ServiceExt;

// ANCHOR: helpers
/// A fresh shop over a fresh, empty database. Clones of it share the
/// database: call `send(&shop, ...)` as many times as a test needs.
pub fn shop() -> Router {
    app(Store::open_in_memory().expect("a fresh in-memory database opens"))
}

/// What the shop answered: the status, the headers and the whole body.
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Reply {
    /// The body, as JSON. Panics with the body's text when it is not JSON.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|error| {
            panic!(
                "expected a JSON body, got {:?} ({error})",
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    /// The body, as text. Panics when it is not UTF-8.
    pub fn text(&self) -> String {
        String::from_utf8(self.body.to_vec()).expect("the body is UTF-8 text")
    }

    /// The `Location` header: where to read what was just created.
    pub fn location(&self) -> String {
        self.headers[header::LOCATION]
            .to_str()
            .expect("the Location header is text")
            .to_owned()
    }
}

/// Calls the shop once with `request`, in this process.
pub async fn send(shop: &Router, request: Request<Body>) -> Reply {
    let Ok(response) = shop.clone().oneshot(request).await;
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

/// A `POST` of `body` as JSON, such as `post_json("/orders", &order)`.
pub fn post_json(uri: &str, body: &impl Serialize) -> Request<Body> {
    let body = serde_json::to_vec(body).expect("the body serializes to JSON");
    Request::post(uri)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body))
        .expect("a valid request")
}

/// A `POST` with no body.
pub fn post(uri: &str) -> Request<Body> {
    Request::post(uri)
        .body(Body::empty())
        .expect("a valid request")
}

/// A `GET` of `uri`.
pub fn get(uri: &str) -> Request<Body> {
    Request::get(uri)
        .body(Body::empty())
        .expect("a valid request")
}
// ANCHOR_END: helpers
