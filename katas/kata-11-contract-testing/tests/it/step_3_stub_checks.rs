//! Step 3: the stub refuses a contract that contradicts itself. You write
//! `broken_examples`, in stub.rs, and call it from `ContractStub::start`.
//!
//! The storefront's tests only ever see the examples. An example that its
//! own schema refuses lets them pass on an answer that the provider is never
//! held to, so the stub must not serve it.

use kata_11::contract::{Contract, NOT_SOLD, ON_THE_SHELF, RUNNING_LOW, SHORTAGE};
use kata_11::mismatch::{self, Mismatch, Problem};
use serde_json::json;

use crate::prerequisites;
use crate::stub::{ContractStub, broken_examples};

/// Each mismatch as (interaction, pointer), sorted; panics on a problem
/// that is not about a field.
fn named(mismatches: &[Mismatch]) -> Vec<(&str, &str)> {
    let mut named: Vec<(&str, &str)> = mismatches
        .iter()
        .map(|mismatch| match &mismatch.problem {
            Problem::Field { pointer, .. } => (mismatch.interaction.as_str(), pointer.as_str()),
            other => panic!(
                "\nkata 11, step 3: an example that breaks its schema is a Problem::Field, \
                 from your check_body; got {other:?}\n"
            ),
        })
        .collect();
    named.sort_unstable();
    named
}

#[test]
fn the_committed_contract_has_no_broken_examples() {
    prerequisites::step_1(3);

    let broken = broken_examples(&Contract::storefront_inventory());

    assert!(
        broken.is_empty(),
        "\nkata 11, step 3: every example of the committed contract fits its schema, but\n\
         broken_examples says:\n{}\n",
        mismatch::list(&broken)
    );
}

// ANCHOR: required_without_example
#[tokio::test]
async fn drift_an_optional_field_made_required_without_its_example_is_refused() {
    prerequisites::step_1(3);
    prerequisites::step_2(3).await;
    // The storefront now wants a restock date for every product, and says so
    // in the schema, but nobody gave the example one.
    let mut contract = Contract::storefront_inventory();
    contract.interaction_mut(ON_THE_SHELF).response.schema["required"] =
        json!(["sku", "available", "status", "restock_date"]);

    let broken = broken_examples(&contract);
    let started = ContractStub::start(&contract).await;

    assert_eq!(
        named(&broken),
        [(ON_THE_SHELF, "/restock_date")],
        "\nkata 11, step 3: broken_examples said:\n{}\n",
        mismatch::list(&broken)
    );
    match started {
        Err(refused) => assert_eq!(refused, broken),
        Ok(_) => panic!(
            "\nkata 11, step 3: the stub served a contract whose example breaks its own\n\
             schema. Before it serves anything, ContractStub::start must refuse such a\n\
             contract, with what broken_examples says.\n"
        ),
    }
}
// ANCHOR_END: required_without_example

#[test]
fn every_broken_example_is_named() {
    prerequisites::step_1(3);
    let mut contract = Contract::storefront_inventory();
    contract.interaction_mut(RUNNING_LOW).response.example["status"] = json!("low");
    contract.interaction_mut(SHORTAGE).response.example["available"] = json!("2");
    contract.interaction_mut(NOT_SOLD).response.example["error"] = json!("not_found");

    let broken = broken_examples(&contract);

    assert_eq!(
        named(&broken),
        [
            (SHORTAGE, "/available"),
            (RUNNING_LOW, "/status"),
            (NOT_SOLD, "/error"),
        ],
        "\nkata 11, step 3: three examples are broken, each in one field; name them all, each\n\
         with its interaction. broken_examples said:\n{}\n",
        mismatch::list(&broken)
    );
}
