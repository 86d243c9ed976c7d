//! Step 5: provider verification. You write `verify`, in verifier.rs.
//!
//! The first test is the one the inventory team keeps in its suite: the
//! real API honors the committed contract. The drift tests serve one of the
//! changes the team wants to ship (`Release`), or edit a copy of the
//! contract in memory, and check that verification says what broke: which
//! interaction, and which field.

use kata_11::contract::{
    Contract, ExpectedRequest, ExpectedResponse, Interaction, ON_THE_SHELF, RUNNING_LOW, SHORTAGE,
    SOLD_OUT,
};
use kata_11::inventory::Release;
use kata_11::mismatch::{self, Mismatch, Problem};
use kata_11::storefront::InventoryClient;
use serde_json::json;

use crate::prerequisites;
use crate::provider_states::Provider;
use crate::stub::ContractStub;
use crate::verifier::verify;

/// Steps 1 and 4 are what `verify` is made of.
async fn earlier_steps_done() {
    prerequisites::step_1(5);
    prerequisites::step_4(5).await;
}

/// The mismatches `verify` must find, or a failure that says it found none.
async fn mismatches(contract: &Contract, provider: Provider, drift: &str) -> Vec<Mismatch> {
    match verify(contract, &provider).await {
        Err(mismatches) => mismatches,
        Ok(()) => panic!(
            "\nkata 11, step 5: {drift}, and verify let it through. Check each answer's status,\n\
             and its body against the interaction's schema (your check_body).\n"
        ),
    }
}

/// Each mismatch as (interaction, pointer), sorted; panics on a problem
/// that is not about a field.
fn fields(mismatches: &[Mismatch]) -> Vec<(&str, &str)> {
    let mut fields: Vec<(&str, &str)> = mismatches
        .iter()
        .map(|mismatch| match &mismatch.problem {
            Problem::Field { pointer, .. } => (mismatch.interaction.as_str(), pointer.as_str()),
            _ => panic!(
                "\nkata 11, step 5: every answer here has the contract's status, and is JSON; only\n\
                 fields can be wrong. verify says:\n{}\n",
                mismatch::list(mismatches)
            ),
        })
        .collect();
    fields.sort_unstable();
    fields
}

// ANCHOR: honors
#[tokio::test]
async fn the_inventory_api_honors_the_storefront_contract() {
    earlier_steps_done().await;
    let contract = Contract::storefront_inventory();

    let verified = verify(&contract, &Provider::current()).await;

    if let Err(mismatches) = verified {
        panic!(
            "\nkata 11, step 5: the inventory API as it runs today honors every interaction of\n\
             the committed contract, but verify says:\n{}\n",
            mismatch::list(&mismatches)
        );
    }
}
// ANCHOR_END: honors

#[tokio::test]
async fn an_added_field_is_not_drift() {
    earlier_steps_done().await;
    let contract = Contract::storefront_inventory();

    let verified = verify(&contract, &Provider::of(Release::AddsWarehouse)).await;

    if let Err(mismatches) = verified {
        panic!(
            "\nkata 11, step 5: this release only adds a field, `warehouse`, that no schema\n\
             forbids and the storefront ignores: it may ship. Check answers against the\n\
             schemas, not against the examples. verify says:\n{}\n",
            mismatch::list(&mismatches)
        );
    }
}

#[tokio::test]
async fn drift_a_renamed_field_is_caught() {
    earlier_steps_done().await;
    let contract = Contract::storefront_inventory();

    let found = mismatches(
        &contract,
        Provider::of(Release::RenamesAvailable),
        "the provider renames `available` to `on_hand`",
    )
    .await;

    assert_eq!(
        fields(&found),
        [
            (ON_THE_SHELF, "/available"),
            (RUNNING_LOW, "/available"),
            (SOLD_OUT, "/available"),
        ],
        "\nkata 11, step 5: three interactions read the stock, and each one is broken at\n\
         /available. Check every interaction, not only the first. verify says:\n{}\n",
        mismatch::list(&found)
    );
}

#[tokio::test]
async fn drift_a_changed_status_code_is_caught() {
    earlier_steps_done().await;
    let contract = Contract::storefront_inventory();

    let found = mismatches(
        &contract,
        Provider::of(Release::ShortageIs422),
        "the provider answers a shortage with 422 instead of 409",
    )
    .await;

    assert_eq!(
        found,
        [Mismatch {
            interaction: SHORTAGE.into(),
            problem: Problem::Status {
                expected: 409,
                actual: 422,
            },
        }],
        "\nkata 11, step 5: verify says:\n{}\n",
        mismatch::list(&found)
    );
}

#[tokio::test]
async fn drift_an_optional_field_made_required_is_caught() {
    earlier_steps_done().await;
    prerequisites::step_3(5);
    // The storefront now wants a restock date for every product, and this
    // time its example has one: the contract agrees with itself.
    let mut contract = Contract::storefront_inventory();
    let response = &mut contract.interaction_mut(ON_THE_SHELF).response;
    response.schema["required"] = json!(["sku", "available", "status", "restock_date"]);
    response.example["restock_date"] = json!("2030-01-15");

    // The storefront's side is green: its stub serves the new example...
    let stub = ContractStub::start(&contract)
        .await
        .unwrap_or_else(|broken| panic!("{}", mismatch::list(&broken)));
    let level = InventoryClient::new(stub.url.clone())
        .stock("KEYBOARD")
        .await;
    assert_eq!(
        level.map(|level| level.restock_date),
        Ok(Some("2030-01-15".into()))
    );

    // ...and only verification against the real provider says it can't be.
    let found = mismatches(
        &contract,
        Provider::current(),
        "the contract requires a restock date that the provider never sends for a product \
         on the shelf",
    )
    .await;
    assert_eq!(
        fields(&found),
        [(ON_THE_SHELF, "/restock_date")],
        "\nkata 11, step 5: verify says:\n{}\n",
        mismatch::list(&found)
    );
}

// ANCHOR: enum_drift
#[tokio::test]
async fn drift_an_enum_value_added_by_the_provider_is_caught() {
    earlier_steps_done().await;
    let contract = Contract::storefront_inventory();

    let found = mismatches(
        &contract,
        Provider::of(Release::AddsBackordered),
        "the provider adds a stock status, `backordered`, that the storefront can't show",
    )
    .await;

    assert_eq!(
        fields(&found),
        [(SOLD_OUT, "/status")],
        "\nkata 11, step 5: verify says:\n{}\n",
        mismatch::list(&found)
    );
    assert!(
        found[0].to_string().contains("backordered"),
        "\nkata 11, step 5: say what the provider sent: {}\n",
        found[0]
    );
}
// ANCHOR_END: enum_drift

#[tokio::test]
async fn an_answer_that_is_not_json_is_a_mismatch() {
    earlier_steps_done().await;
    // The storefront would like a JSON error for a reservation without a
    // quantity. The inventory leaves that to axum, which answers in text.
    let mut contract = Contract::storefront_inventory();
    contract.interactions.push(Interaction {
        description: "reserving without saying how many".into(),
        given: "KEYBOARD has 12 in stock".into(),
        request: ExpectedRequest {
            method: "POST".into(),
            path: "/reservations".into(),
            body: Some(json!({ "sku": "KEYBOARD" })),
        },
        response: ExpectedResponse {
            status: 422,
            schema: json!({ "type": "object", "required": ["error"] }),
            example: json!({ "error": "invalid_request" }),
        },
    });

    let found = mismatches(
        &contract,
        Provider::current(),
        "the provider answers a reservation without a quantity in plain text",
    )
    .await;

    assert!(
        matches!(
            found.as_slice(),
            [Mismatch { interaction, problem: Problem::NotJson(_) }]
                if interaction == "reserving without saying how many"
        ),
        "\nkata 11, step 5: a body that is not JSON can't fit a schema: that is one\n\
         Problem::NotJson, for that interaction. verify says:\n{}\n",
        mismatch::list(&found)
    );
}

#[tokio::test]
async fn an_interaction_in_an_unknown_state_is_a_mismatch() {
    earlier_steps_done().await;
    let mut contract = Contract::storefront_inventory();
    let mut recalled = contract.interaction(ON_THE_SHELF).clone();
    recalled.description = "the stock of a product being recalled".into();
    recalled.given = "KEYBOARD is being recalled".into();
    contract.interactions.push(recalled);

    let found = mismatches(
        &contract,
        Provider::current(),
        "the contract names a state that the inventory team never set up",
    )
    .await;

    assert_eq!(
        found,
        [Mismatch {
            interaction: "the stock of a product being recalled".into(),
            problem: Problem::UnknownState("KEYBOARD is being recalled".into()),
        }],
        "\nkata 11, step 5: that one interaction can't be replayed, and the others are fine.\n\
         verify says:\n{}\n",
        mismatch::list(&found)
    );
}
