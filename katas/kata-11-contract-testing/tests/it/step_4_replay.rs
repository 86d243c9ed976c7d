//! Step 4: replaying an interaction against the real inventory API, in
//! process. You write `replay`, in verifier.rs.

use kata_11::contract::{Contract, Interaction, ON_THE_SHELF, RESERVING, RUNNING_LOW, SOLD_OUT};
use kata_11::inventory::Release;
use kata_11::mismatch::Problem;
use serde_json::{Value, json};

use crate::provider_states::Provider;
use crate::verifier::{Reply, replay};

/// What an answer with the wrong status most likely says about `replay`.
fn advice(status: u16) -> &'static str {
    match status {
        404 => {
            "A 404: is the provider in the interaction's state? Provider::in_state(&given) \
             gives a router with the right shelves."
        }
        405 => "A 405: send the interaction's method.",
        415 => {
            "A 415: the inventory reads a body only if the request says it is JSON \
             (content-type: application/json)."
        }
        400 | 422 => "Is the body the interaction's, as JSON?",
        _ => "Send the interaction's method, path and body.",
    }
}

#[tokio::test]
async fn every_interaction_is_replayed_in_its_state() {
    let contract = Contract::storefront_inventory();
    for interaction in &contract.interactions {
        let reply = replay(&Provider::current(), interaction)
            .await
            .unwrap_or_else(|problem| {
                panic!(
                    "\nkata 11, step 4: the provider knows the state of {:?}, yet replay says: \
                     {problem}\n",
                    interaction.description
                )
            });
        let expected = interaction.response.status;
        assert_eq!(
            reply.status,
            expected,
            "\nkata 11, step 4: the inventory API answers {:?} with {expected}, but replay \
             got {}.\n{}\n",
            interaction.description,
            reply.status,
            advice(reply.status),
        );
    }
}

#[tokio::test]
async fn the_reply_is_the_providers_own_answer_from_a_fresh_start() {
    let contract = Contract::storefront_inventory();
    let reserving = contract.interaction(RESERVING);

    let first = replay(&Provider::current(), reserving).await;
    let second = replay(&Provider::current(), reserving).await;

    for reply in [first, second] {
        let reply: Reply = reply.unwrap_or_else(|problem| panic!("{problem}"));
        let body: Value = serde_json::from_slice(&reply.body).unwrap_or_else(|error| {
            panic!("\nkata 11, step 4: the reply's body is not JSON ({error}): {reply:?}\n")
        });
        assert_eq!(
            body["reservation"], "res-1",
            "\nkata 11, step 4: the inventory API numbers reservations from res-1 on a fresh\n\
             start; the contract's example says res-0042. The reply must be the provider's\n\
             answer, not the example, and each replay needs a provider of its own, in the\n\
             interaction's state.\n"
        );
    }
}

#[tokio::test]
async fn a_state_that_the_provider_does_not_know_is_reported() {
    let mut contract = Contract::storefront_inventory();
    let recalled = contract.interaction_mut(RESERVING);
    recalled.given = "KEYBOARD is being recalled".into();

    let reply = replay(&Provider::current(), recalled).await;

    assert!(
        matches!(&reply, Err(Problem::UnknownState(state)) if state == "KEYBOARD is being recalled"),
        "\nkata 11, step 4: the inventory team wrote no setup for \"KEYBOARD is being \
         recalled\",\nso the interaction cannot be replayed: return \
         Problem::UnknownState with the state. Got {reply:?}\n"
    );
}

/// The body of the provider's reply to `interaction`, as JSON.
async fn body_of(provider: Provider, interaction: &Interaction) -> Value {
    let reply = replay(&provider, interaction)
        .await
        .unwrap_or_else(|problem| panic!("{problem}"));
    serde_json::from_slice(&reply.body).unwrap_or_else(|error| {
        panic!("\nkata 11, step 4: the reply's body is not JSON ({error}): {reply:?}\n")
    })
}

#[tokio::test]
async fn the_provider_picks_each_stock_status_from_the_shelf() {
    let contract = Contract::storefront_inventory();

    for (description, status) in [
        (ON_THE_SHELF, "in_stock"),
        (RUNNING_LOW, "low_stock"),
        (SOLD_OUT, "out_of_stock"),
    ] {
        let body = body_of(Provider::current(), contract.interaction(description)).await;
        assert_eq!(
            body["status"],
            status,
            "\nkata 11, step 4: for {description:?} (given {:?}), the inventory API answers\n\
             the status {status:?}, and replay got {body}. The contract allows all three\n\
             statuses in every stock answer: it says what the storefront can read, not which\n\
             one the provider picks. Which one is the provider's own behavior, checked here on\n\
             its replies.\n",
            contract.interaction(description).given,
        );
    }
}

/// Step 5 serves releases of the inventory API that differ from today's, and
/// `an_added_field_is_not_drift` passes only if verification lets the added
/// field through. This checks that the field really is there to let through.
#[tokio::test]
async fn the_release_that_adds_a_field_sends_it() {
    let contract = Contract::storefront_inventory();
    let on_the_shelf = contract.interaction(ON_THE_SHELF);

    let today = body_of(Provider::current(), on_the_shelf).await;
    let with_warehouse = body_of(Provider::of(Release::AddsWarehouse), on_the_shelf).await;

    assert_eq!(
        (today.get("warehouse"), with_warehouse.get("warehouse")),
        (None, Some(&json!("north"))),
        "\nkata 11, step 4: the release AddsWarehouse adds `\"warehouse\": \"north\"` to the stock\n\
         answers, and today's API does not. Replay with the provider it is given.\n"
    );
}
