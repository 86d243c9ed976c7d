use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use quiz_07::error::ErrorBody;
use quiz_07::products::Product;

use crate::helpers::{MUG, post_product, router, send};

#[tokio::test]
async fn a_new_product_is_created_and_found() {
    let router = router();
    let created = send(&router, post_product(MUG)).await;
    assert_eq!(created.status, StatusCode::CREATED);
    let location = created.headers[header::LOCATION].to_str().unwrap();
    let request = Request::get(location).body(Body::empty()).unwrap();
    let found = send(&router, request).await;
    assert_eq!(found.status, StatusCode::OK);
    let product: Product = serde_json::from_slice(&found.body).unwrap();
    assert_eq!(product.name, "Mug");
}

// ANCHOR: duplicate_status
#[tokio::test]
async fn a_duplicate_sku_is_refused() {
    let router = router();
    send(&router, post_product(MUG)).await;
    let second = send(&router, post_product(MUG)).await;
    assert_eq!(second.status, StatusCode::CONFLICT);
}
// ANCHOR_END: duplicate_status

// ANCHOR: duplicate_code
#[tokio::test]
async fn a_duplicate_sku_says_sku_taken() {
    let router = router();
    send(&router, post_product(MUG)).await;
    let second = send(&router, post_product(MUG)).await;
    let body: ErrorBody = serde_json::from_slice(&second.body).unwrap();
    assert_eq!(body.error, "sku_taken");
}
// ANCHOR_END: duplicate_code

// ANCHOR: duplicate_whole
#[tokio::test]
async fn a_duplicate_sku_gets_a_json_error() {
    let router = router();
    send(&router, post_product(MUG)).await;
    let second = send(&router, post_product(MUG)).await;
    assert_eq!(second.status, StatusCode::CONFLICT);
    assert_eq!(second.headers[header::CONTENT_TYPE], "application/json");
    let body: ErrorBody = serde_json::from_slice(&second.body).unwrap();
    assert_eq!(body.error, "sku_taken");
}
// ANCHOR_END: duplicate_whole

// ANCHOR: price_422
#[tokio::test]
async fn a_negative_price_is_422() {
    let answer = send(
        &router(),
        post_product(r#"{"sku": "MUG", "name": "Mug", "price": -5}"#),
    )
    .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
}
// ANCHOR_END: price_422

// ANCHOR: price_client_error
#[tokio::test]
async fn a_negative_price_is_refused() {
    let answer = send(
        &router(),
        post_product(r#"{"sku": "MUG", "name": "Mug", "price": -5}"#),
    )
    .await;
    assert!(answer.status.is_client_error(), "{}", answer.status);
}
// ANCHOR_END: price_client_error

// ANCHOR: price_says_why
#[tokio::test]
async fn a_negative_price_says_why() {
    let answer = send(
        &router(),
        post_product(r#"{"sku": "MUG", "name": "Mug", "price": -5}"#),
    )
    .await;
    let body: ErrorBody = serde_json::from_slice(&answer.body).unwrap();
    assert_eq!(body.error, "invalid_product");
    assert!(body.message.contains("price"), "{}", body.message);
}
// ANCHOR_END: price_says_why
