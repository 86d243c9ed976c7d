//! Requests the shop can't read. A client that sends something other than
//! the JSON a route wants gets a JSON error body like every other refusal,
//! with a code that says which way the request was wrong, and the shop
//! changes nothing.

use kata_15::error::ErrorBody;
use reqwest::StatusCode;
use reqwest::header::CONTENT_TYPE;

use crate::app::TestApp;
use crate::steps::read;

#[tokio::test]
async fn a_body_the_shop_cannot_read_is_refused_with_a_json_error() {
    let app = TestApp::spawn().await;
    let cart = app.open_cart().await;
    let lines = app.url(&format!("/carts/{}/lines", cart.id));

    // (what the client says the body is, the body, the answer)
    let requests = [
        // A form, labelled as JSON: not JSON at all.
        (
            Some("application/json"),
            "sku=MUG&quantity=1",
            StatusCode::BAD_REQUEST,
            "malformed_json",
        ),
        // The right JSON, sent without saying what it is.
        (
            None,
            r#"{"sku": "MUG", "quantity": 1}"#,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "expected_json",
        ),
        // JSON, but not a line of a cart: the quantity is missing.
        (
            Some("application/json"),
            r#"{"sku": "MUG"}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_request",
        ),
    ];
    for (content_type, body, status, error) in requests {
        let mut request = app.client.post(&lines).body(body);
        if let Some(content_type) = content_type {
            request = request.header(CONTENT_TYPE, content_type);
        }
        let response = request
            .send()
            .await
            .unwrap_or_else(|error| panic!("POST {lines} got no answer: {error}"));

        let refusal: ErrorBody = read(response, status).await;
        assert_eq!(refusal.error, error, "{body:?} as {content_type:?}");
        assert!(
            !refusal.message.is_empty(),
            "{body:?} as {content_type:?}: no words for a person"
        );
    }
    assert_eq!(app.cart(cart.id).await, cart, "the cart is still empty");
}
