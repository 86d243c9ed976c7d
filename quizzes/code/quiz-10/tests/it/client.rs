//! The real client, against the stub provider, over real HTTP.

use quiz_10::client::{TaxClient, TaxError, TaxRate};
use serde_json::{Value, json};

use crate::stub::{Asked, ProviderStub};
use crate::support::{GENEROUS, GUARD, SHORT, within};

const KEY: &str = "test-key";

fn berlin() -> Value {
    json!({ "postcode": "10115", "rate_basis_points": 1900 })
}

// ANCHOR: a_rate
#[tokio::test]
async fn a_rate_is_read() {
    let provider = ProviderStub::answering(200, berlin()).await;
    let client = TaxClient::new(provider.url.clone(), KEY, GENEROUS);

    let rate = client.rate("10115").await;

    assert_eq!(rate, Ok(TaxRate { basis_points: 1900 }));
}
// ANCHOR_END: a_rate

// ANCHOR: asked
#[tokio::test]
async fn the_provider_is_asked_with_the_postcode_and_the_key() {
    let mut provider = ProviderStub::answering(200, berlin()).await;
    let client = TaxClient::new(provider.url.clone(), KEY, GENEROUS);

    client.rate("10115").await.expect("a rate");

    assert_eq!(
        provider.asked(),
        [Asked {
            postcode: "10115".to_owned(),
            api_key: Some(KEY.to_owned()),
        }]
    );
}
// ANCHOR_END: asked

// ANCHOR: wants_key
#[tokio::test]
async fn a_provider_that_wants_its_key_gives_the_rate() {
    let provider = ProviderStub::wanting_key(KEY, 200, berlin()).await;
    let client = TaxClient::new(provider.url.clone(), KEY, GENEROUS);

    let rate = client.rate("10115").await;

    assert_eq!(rate, Ok(TaxRate { basis_points: 1900 }));
}
// ANCHOR_END: wants_key

#[tokio::test]
async fn an_unknown_postcode_is_refused_with_the_providers_reason() {
    let reason = "no postcode 99999 in our records";
    let provider = ProviderStub::answering(404, json!({ "message": reason })).await;
    let client = TaxClient::new(provider.url.clone(), KEY, GENEROUS);

    let rate = client.rate("99999").await;

    assert_eq!(rate, Err(TaxError::Refused(reason.to_owned())));
}

#[tokio::test]
async fn an_outage_is_worth_asking_again() {
    let provider = ProviderStub::answering(503, json!({ "message": "down for maintenance" })).await;
    let client = TaxClient::new(provider.url.clone(), KEY, GENEROUS);

    let rate = client.rate("10115").await;

    assert!(
        matches!(rate, Err(TaxError::Unavailable(_))),
        "expected Unavailable, got {rate:?}"
    );
}

// ANCHOR: silent
#[tokio::test]
async fn a_silent_provider_times_out() {
    let provider = ProviderStub::silent().await;
    let client = TaxClient::new(provider.url.clone(), KEY, SHORT);

    let rate = within(GUARD, client.rate("10115")).await;

    assert_eq!(rate, Err(TaxError::Timeout));
}
// ANCHOR_END: silent
