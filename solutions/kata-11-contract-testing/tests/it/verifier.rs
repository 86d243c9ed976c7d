//! Provider verification: every interaction of the contract replayed
//! against the real inventory API, in process. **Yours to write** (steps 4
//! and 5).

use axum::body::{Body, Bytes};
use axum::http::{Request, header};
use http_body_util::BodyExt;
use kata_11::contract::{Contract, ExpectedResponse, Interaction};
use kata_11::mismatch::{Mismatch, Problem};
use serde_json::Value;
use tower::ServiceExt;

use crate::provider_states::Provider;
use crate::schema_check::check_body;

/// How much of a body that is not JSON a mismatch shows.
const SHOWN: usize = 80;

/// What the provider answered to a replayed request. Given.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    /// The whole body, as the provider sent it.
    pub body: Bytes,
}

/// Step 4: sends the interaction's request to the provider, set up in the
/// interaction's state (`given`), and returns what it answered. In process:
/// the router is called as a function, with no socket and no client.
///
/// `Err(Problem::UnknownState)` when the provider has no setup for that
/// state.
pub async fn replay(provider: &Provider, interaction: &Interaction) -> Result<Reply, Problem> {
    // A router of its own for each replay, so that no interaction sees what
    // another one changed.
    let router = provider
        .in_state(&interaction.given)
        .ok_or_else(|| Problem::UnknownState(interaction.given.clone()))?;
    let Ok(response) = router.oneshot(request_of(interaction)).await;
    let status = response.status().as_u16();
    let body = response
        .into_body()
        .collect()
        .await
        .expect("an in-process body is already in memory")
        .to_bytes();
    Ok(Reply { status, body })
}

/// The interaction's request, as the consumer sends it: a body goes as JSON,
/// and says so.
fn request_of(interaction: &Interaction) -> Request<Body> {
    let expected = &interaction.request;
    let builder = Request::builder()
        .method(expected.method.as_str())
        .uri(&expected.path);
    let request = match &expected.body {
        Some(json) => builder
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(json.to_string())),
        None => builder.body(Body::empty()),
    };
    request.unwrap_or_else(|error| {
        panic!(
            "the request of {:?} is not a valid HTTP request: {error}",
            interaction.description
        )
    })
}

/// Step 5: replays every interaction of `contract` against `provider`, and
/// checks each answer: its status, and its body against the interaction's
/// schema. `Ok` when the provider honors every interaction; otherwise every
/// mismatch of every interaction, not only the first.
pub async fn verify(contract: &Contract, provider: &Provider) -> Result<(), Vec<Mismatch>> {
    let mut mismatches = Vec::new();
    for interaction in &contract.interactions {
        let problems = match replay(provider, interaction).await {
            Ok(reply) => check_reply(&interaction.response, &reply),
            Err(problem) => vec![problem],
        };
        mismatches.extend(problems.into_iter().map(|problem| Mismatch {
            interaction: interaction.description.clone(),
            problem,
        }));
    }
    if mismatches.is_empty() {
        Ok(())
    } else {
        Err(mismatches)
    }
}

/// What is wrong with `reply`, for an interaction that expects `expected`.
fn check_reply(expected: &ExpectedResponse, reply: &Reply) -> Vec<Problem> {
    // The schema describes the body of the expected status only: the body
    // of another status has nothing to be checked against.
    if reply.status != expected.status {
        return vec![Problem::Status {
            expected: expected.status,
            actual: reply.status,
        }];
    }
    match serde_json::from_slice::<Value>(&reply.body) {
        Ok(body) => check_body(&expected.schema, &body),
        Err(_) => {
            let text = String::from_utf8_lossy(&reply.body);
            vec![Problem::NotJson(text.chars().take(SHOWN).collect())]
        }
    }
}
