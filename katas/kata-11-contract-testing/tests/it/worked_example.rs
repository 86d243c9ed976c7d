//! A worked example on another pair of the shop's services: the order
//! service (the consumer) and the payments API (the provider, in
//! src/payments.rs), with one interaction, in contracts/orders-payments.json.
//! Given, and passing.
//!
//! It shows the two moves the kata is made of, once each and by hand:
//! replaying an interaction's request against a router in process, and
//! checking a body against a schema with the `jsonschema` crate. Its one
//! interaction is a `GET`, with no body to send. The kata's verifier does the
//! same for every interaction, with bodies and states, and says what broke in
//! words a team can act on.

use axum::body::Body;
use axum::http::Request;
use http_body_util::BodyExt;
use jsonschema::error::ValidationErrorKind;
use kata_11::contract::{Contract, contracts_dir};
use kata_11::payments;
use serde_json::{Value, json};
use tower::ServiceExt;

const DECLINED: &str = "reading back a charge that the bank declined";

fn orders_payments() -> Contract {
    Contract::load(&contracts_dir().join("orders-payments.json"))
}

// ANCHOR: replay_one
#[tokio::test]
async fn the_payments_api_reports_a_declined_charge_as_the_contract_says() {
    let contract = orders_payments();
    let declined = contract.interaction(DECLINED);

    // The interaction's request, as the order service sends it: a GET, with
    // nothing in its body.
    assert_eq!(declined.request.body, None, "this example sends no body");
    let request = Request::builder()
        .method(declined.request.method.as_str())
        .uri(&declined.request.path)
        .body(Body::empty())
        .expect("a valid request");

    // In process: the router is called as a function, and its error type is
    // `Infallible`, so every answer is a response.
    let Ok(response) = payments::router().oneshot(request).await;

    assert_eq!(response.status().as_u16(), declined.response.status);
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let answer: Value = serde_json::from_slice(&bytes).expect("a JSON body");
    let schema = jsonschema::validator_for(&declined.response.schema).expect("a valid schema");
    let errors: Vec<String> = schema
        .iter_errors(&answer)
        .map(|error| format!("{}: {error}", error.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{DECLINED:?}: {errors:?}");
}
// ANCHOR_END: replay_one

// ANCHOR: where
#[test]
fn a_schema_error_says_where_it_is_and_what_kind_it_is() {
    let contract = orders_payments();
    let schema = &contract.interaction(DECLINED).response.schema;
    let validator = jsonschema::validator_for(schema).expect("a valid schema");

    // A decline code that the order service has no message for.
    let unknown_code = json!({
        "charge": "ch_1017",
        "status": "declined",
        "decline_code": "stolen_card",
    });
    let errors: Vec<_> = validator.iter_errors(&unknown_code).collect();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].instance_path().as_str(), "/decline_code");
    assert!(errors[0].to_string().contains("stolen_card"));

    // A missing field: the error sits on the object that lacks it, the whole
    // body here, and its kind says which property is missing.
    let no_code = json!({ "charge": "ch_1017", "status": "declined" });
    let errors: Vec<_> = validator.iter_errors(&no_code).collect();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].instance_path().as_str(), "");
    assert!(matches!(
        errors[0].kind(),
        ValidationErrorKind::Required { property } if property == "decline_code"
    ));
}
// ANCHOR_END: where

// ANCHOR: offline
#[test]
fn a_schema_that_points_at_the_network_is_refused_not_fetched() {
    // The workspace takes `jsonschema` without its default features, which
    // are the ones that fetch a referenced schema over HTTP or from a file.
    // A contract test must give the same answer with the network off.
    let remote = json!({ "$ref": "https://schemas.example.test/charge.json" });

    let refused = jsonschema::validator_for(&remote).map(|_| ());

    let error = refused.expect_err("without `resolve-http`, nothing is fetched");
    assert!(error.to_string().contains("resolve-http"), "{error}");
}
// ANCHOR_END: offline
