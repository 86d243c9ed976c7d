//! The loyalty API's half: each interaction of the contract replayed against
//! the real router, in process, in the state it names; then one functional
//! test of the API, which the contract does not cover.

use axum::Router;
use axum::body::Body;
use axum::http::Request;
use http_body_util::BodyExt;
use quiz_11::contract::{Contract, Interaction, MEMBERS_POINTS, UNKNOWN_MEMBER};
use quiz_11::loyalty::{self, Member};
use serde_json::Value;
use tower::ServiceExt;

fn member(id: &str, points: u32) -> Member {
    Member {
        id: id.to_owned(),
        points,
        since: "2021-03-01".to_owned(),
    }
}

/// A fresh loyalty API in the state the contract names.
fn in_state(given: &str) -> Router {
    match given {
        "member m-7 has 120 points" => loyalty::router(vec![member("m-7", 120)]),
        "there is no member m-404" => loyalty::router(vec![member("m-7", 120)]),
        other => panic!("the loyalty team has set up no state {other:?}"),
    }
}

/// The interaction's request, sent to the API in its state: the status and
/// the JSON body of the answer.
async fn replay(interaction: &Interaction) -> (u16, Value) {
    let request = Request::builder()
        .method(interaction.request.method.as_str())
        .uri(&interaction.request.path)
        .body(Body::empty())
        .expect("a valid request");
    let Ok(response) = in_state(&interaction.given).oneshot(request).await;
    let status = response.status().as_u16();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, serde_json::from_slice(&bytes).expect("a JSON body"))
}

/// Where the body breaks the schema, one line per error.
fn schema_errors(schema: &Value, body: &Value) -> Vec<String> {
    let schema = jsonschema::validator_for(schema).expect("a valid schema");
    schema
        .iter_errors(body)
        .map(|error| format!("{}: {error}", error.instance_path()))
        .collect()
}

// ANCHOR: honors_points
#[tokio::test]
async fn the_loyalty_api_honors_a_members_points() {
    let contract = Contract::account_loyalty();
    let interaction = contract.interaction(MEMBERS_POINTS);

    let (status, body) = replay(interaction).await;

    assert_eq!(status, interaction.response.status, "{MEMBERS_POINTS:?}");
    let errors = schema_errors(&interaction.response.schema, &body);
    assert!(errors.is_empty(), "{MEMBERS_POINTS:?}: {errors:?}");
}
// ANCHOR_END: honors_points

#[tokio::test]
async fn the_loyalty_api_honors_an_unknown_member() {
    let contract = Contract::account_loyalty();
    let interaction = contract.interaction(UNKNOWN_MEMBER);

    let (status, body) = replay(interaction).await;

    assert_eq!(status, interaction.response.status, "{UNKNOWN_MEMBER:?}");
    let errors = schema_errors(&interaction.response.schema, &body);
    assert!(errors.is_empty(), "{UNKNOWN_MEMBER:?}: {errors:?}");
}

// ANCHOR: tiers
#[tokio::test]
async fn a_member_is_silver_from_100_points_and_gold_from_500() {
    let members = vec![member("m-1", 99), member("m-2", 100), member("m-3", 500)];
    let api = loyalty::router(members);

    let mut tiers = Vec::new();
    for id in ["m-1", "m-2", "m-3"] {
        let request = Request::get(format!("/members/{id}/points"))
            .body(Body::empty())
            .expect("a valid request");
        let Ok(response) = api.clone().oneshot(request).await;
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let body: Value = serde_json::from_slice(&bytes).expect("a JSON body");
        tiers.push(body["tier"].clone());
    }

    assert_eq!(tiers, ["bronze", "silver", "gold"]);
}
// ANCHOR_END: tiers
