//! For the tests of a later step: checks that an earlier step it builds on
//! is done, and says "do step N first" when it is not. Given.
//!
//! Without these, a later test would fail on the earlier step's mistake,
//! with a message about its own lesson, and send you to the wrong place.

use kata_11::contract::{Contract, ON_THE_SHELF};
use kata_11::mismatch::Problem;
use kata_11::storefront::InventoryClient;
use serde_json::json;

use crate::provider_states::Provider;
use crate::schema_check::check_body;
use crate::stub::{ContractStub, broken_examples};
use crate::verifier::replay;

/// Step 1: `check_body` names a missing field.
pub fn step_1(later: u8) {
    let contract = Contract::storefront_inventory();
    let schema = &contract.interaction(ON_THE_SHELF).response.schema;
    let problems = check_body(schema, &json!({ "sku": "KEYBOARD", "status": "in_stock" }));
    let named = problems.iter().any(
        |problem| matches!(problem, Problem::Field { pointer, .. } if pointer == "/available"),
    );
    assert!(
        named,
        "\nkata 11, step {later}: do step 1 first: check_body does not name a missing field \
         yet (`cargo test -p kata-11 step_1`)\n"
    );
}

/// Step 2: the stub serves the committed contract to the storefront.
pub async fn step_2(later: u8) {
    let contract = Contract::storefront_inventory();
    let served = match ContractStub::start(&contract).await {
        Ok(stub) => InventoryClient::new(stub.url.clone())
            .stock("KEYBOARD")
            .await
            .is_ok_and(|level| level.available == 12),
        Err(_) => false,
    };
    assert!(
        served,
        "\nkata 11, step {later}: do step 2 first: the stub does not serve the committed \
         contract yet (`cargo test -p kata-11 step_2`)\n"
    );
}

/// Step 3: `broken_examples` passes the committed contract, and names an
/// example that its schema refuses.
pub fn step_3(later: u8) {
    let contract = Contract::storefront_inventory();
    let mut broken = contract.clone();
    broken.interaction_mut(ON_THE_SHELF).response.example["available"] = json!("twelve");
    assert!(
        broken_examples(&contract).is_empty() && !broken_examples(&broken).is_empty(),
        "\nkata 11, step {later}: do step 3 first: broken_examples does not tell a broken \
         example from a good one yet (`cargo test -p kata-11 step_3`)\n"
    );
}

/// Step 4: `replay` gets the provider's answer, in the interaction's state.
pub async fn step_4(later: u8) {
    let contract = Contract::storefront_inventory();
    let reply = replay(&Provider::current(), contract.interaction(ON_THE_SHELF)).await;
    assert!(
        reply.is_ok_and(|reply| reply.status == 200),
        "\nkata 11, step {later}: do step 4 first: replay does not get the provider's answer \
         yet (`cargo test -p kata-11 step_4`)\n"
    );
}
