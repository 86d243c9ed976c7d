//! Calling the router in-process.

use axum::Router;
use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Request, StatusCode, header};
use http_body_util::BodyExt;
use quiz_07::api::app;
use quiz_07::products::Catalog;
use tower::ServiceExt;

/// A router over an empty catalog of its own.
pub fn router() -> Router {
    app(Catalog::default())
}

/// What came back: the status, the headers and the whole body.
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

pub async fn send(router: &Router, request: Request<Body>) -> Answer {
    let Ok(response) = router.clone().oneshot(request).await;
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    Answer {
        status,
        headers,
        body,
    }
}

/// A `POST /products` with this JSON as its body.
pub fn post_product(json: &str) -> Request<Body> {
    Request::post("/products")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(json.to_string()))
        .unwrap()
}

pub const MUG: &str = r#"{"sku": "MUG", "name": "Mug", "price": 1250}"#;
