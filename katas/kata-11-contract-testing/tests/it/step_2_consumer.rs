//! Step 2: the storefront's tests, against a stub served from the contract.
//! You write `ContractStub::start`, in stub.rs.
//!
//! These are the consumer's contract tests: the real storefront client, over
//! real HTTP, against nothing but what the contract says. The last two edit
//! the contract, as a careless change to the file would, and check that the
//! storefront's tests notice.

use kata_11::contract::{Contract, NOT_SOLD, ON_THE_SHELF, SHORTAGE};
use kata_11::mismatch;
use kata_11::storefront::{Availability, InventoryClient, InventoryError, Reservation, StockLevel};
use serde_json::json;

use crate::stub::ContractStub;

/// A stub serving `contract`, and a storefront client pointed at it. Keep
/// the stub: dropping it stops the server.
async fn storefront_against(contract: &Contract) -> (ContractStub, InventoryClient) {
    let stub = ContractStub::start(contract)
        .await
        .unwrap_or_else(|mismatches| {
            panic!(
                "\nkata 11, step 2: the stub refused a contract whose examples all fit:\n{}\n",
                mismatch::list(&mismatches)
            )
        });
    let client = InventoryClient::new(stub.url.clone());
    (stub, client)
}

/// What a failed call most likely says about the stub.
fn why(error: &InventoryError) -> String {
    let advice = match error {
        InventoryError::Unreachable(_) => {
            "Nothing answered: is the stub listening, on 127.0.0.1, at the address in `url`?"
        }
        InventoryError::UnexpectedStatus { status: 500, .. } => {
            "The stub found no interaction for the request: compare the method, the path and \
             the body with each interaction's request."
        }
        _ => "Does the stub answer with the matching interaction's status and example body?",
    };
    format!("\nkata 11, step 2: the storefront got: {error}\n{advice}\n")
}

#[tokio::test]
async fn the_storefront_reads_a_product_on_the_shelf() {
    let (_stub, storefront) = storefront_against(&Contract::storefront_inventory()).await;

    let level = storefront
        .stock("KEYBOARD")
        .await
        .unwrap_or_else(|error| panic!("{}", why(&error)));

    assert_eq!(
        level,
        StockLevel {
            sku: "KEYBOARD".into(),
            available: 12,
            status: Availability::InStock,
            restock_date: None,
        }
    );
    assert_eq!(level.badge(), "In stock");
}

#[tokio::test]
async fn the_storefront_shows_when_stock_runs_low() {
    let (_stub, storefront) = storefront_against(&Contract::storefront_inventory()).await;

    let level = storefront
        .stock("MUG")
        .await
        .unwrap_or_else(|error| panic!("{}", why(&error)));

    assert_eq!(level.badge(), "Only 2 left");
}

#[tokio::test]
async fn the_storefront_shows_when_a_sold_out_product_comes_back() {
    let (_stub, storefront) = storefront_against(&Contract::storefront_inventory()).await;

    let level = storefront
        .stock("LAMP")
        .await
        .unwrap_or_else(|error| panic!("{}", why(&error)));

    assert_eq!(level.badge(), "Sold out, back on 2030-04-01");
}

#[tokio::test]
async fn the_storefront_knows_a_product_the_shop_does_not_sell() {
    let (_stub, storefront) = storefront_against(&Contract::storefront_inventory()).await;

    let answer = storefront.stock("UMBRELLA").await;

    assert_eq!(
        answer,
        Err(InventoryError::UnknownSku("UMBRELLA".into())),
        "\nkata 11, step 2: the storefront reads a 404 as \"no such product\" only when its body \
         says so: serve the example body with the status.\n"
    );
}

#[tokio::test]
async fn the_storefront_reserves_items_for_a_basket() {
    let (_stub, storefront) = storefront_against(&Contract::storefront_inventory()).await;

    let reservation = storefront
        .reserve("KEYBOARD", 2)
        .await
        .unwrap_or_else(|error| panic!("{}", why(&error)));

    assert_eq!(
        reservation,
        Reservation {
            id: "res-0042".into(),
            sku: "KEYBOARD".into(),
            quantity: 2,
        }
    );
}

#[tokio::test]
async fn the_storefront_hears_when_too_few_are_left() {
    let (_stub, storefront) = storefront_against(&Contract::storefront_inventory()).await;

    let answer = storefront.reserve("MUG", 3).await;

    assert_eq!(
        answer,
        Err(InventoryError::NotEnoughStock {
            sku: "MUG".into(),
            available: 2,
        }),
        "\nkata 11, step 2: two interactions are POST /reservations; the body of the request \
         says which one it is.\n"
    );
}

#[tokio::test]
async fn a_request_that_the_contract_does_not_describe_gets_a_loud_answer() {
    let (_stub, storefront) = storefront_against(&Contract::storefront_inventory()).await;

    // The path of an interaction, with a body that none of them has.
    let five_keyboards = storefront.reserve("KEYBOARD", 5).await;
    let a_parrot = storefront.stock("PARROT").await;

    for (answer, asked) in [
        (five_keyboards.map(|_| ()), ["POST", "/reservations"]),
        (a_parrot.map(|_| ()), ["GET", "/stock/PARROT"]),
    ] {
        match answer {
            Err(InventoryError::UnexpectedStatus { status: 500, body })
                if asked.iter().all(|part| body.contains(part)) => {}
            other => panic!(
                "\nkata 11, step 2: the contract has no interaction for {} {}, so the stub must\n\
                 not pretend it has: answer 500, with a body that names the method and the\n\
                 path. The storefront got {other:?}\n",
                asked[0], asked[1]
            ),
        }
    }
}

// ANCHOR: consumer_drift
#[tokio::test]
async fn drift_a_field_renamed_in_the_contract_breaks_the_storefront() {
    // Someone renames `available` to `on_hand` in the contract, schema and
    // example alike, but the storefront still reads `available`.
    let mut contract = Contract::storefront_inventory();
    let response = &mut contract.interaction_mut(ON_THE_SHELF).response;
    response.example = json!({ "sku": "KEYBOARD", "on_hand": 12, "status": "in_stock" });
    response.schema["required"] = json!(["sku", "on_hand", "status"]);
    let properties = response.schema["properties"]
        .as_object_mut()
        .expect("the stock schema has properties");
    let available = properties
        .remove("available")
        .expect("a schema for `available`");
    properties.insert("on_hand".into(), available);
    let (_stub, storefront) = storefront_against(&contract).await;

    match storefront.stock("KEYBOARD").await {
        Err(InventoryError::UnreadableBody { status: 200, error }) => {
            assert!(error.contains("available"), "{error}");
        }
        other => panic!(
            "\nkata 11, step 2: the contract now answers `on_hand`, and the storefront reads\n\
             `available`: its test must fail. It got {other:?}. Serve the example of the\n\
             contract the stub was given, not a copy of the committed one.\n"
        ),
    }
}
// ANCHOR_END: consumer_drift

#[tokio::test]
async fn drift_a_status_changed_in_the_contract_breaks_the_storefront() {
    // The contract now says that a shortage is answered 422, not 409.
    let mut contract = Contract::storefront_inventory();
    contract.interaction_mut(SHORTAGE).response.status = 422;
    let (_stub, storefront) = storefront_against(&contract).await;

    let answer = storefront.reserve("MUG", 3).await;

    assert!(
        matches!(
            answer,
            Err(InventoryError::UnexpectedStatus { status: 422, .. })
        ),
        "\nkata 11, step 2: the contract now answers a shortage with 422, which the storefront\n\
         does not expect. It got {answer:?}: answer with the status of the contract the stub\n\
         was given.\n"
    );
}

#[tokio::test]
async fn a_shortage_tells_the_shopper_how_many_are_left() {
    let (_stub, storefront) = storefront_against(&Contract::storefront_inventory()).await;

    let answer = storefront.reserve("MUG", 3).await;

    assert_eq!(
        answer.map_err(|error| error.to_string()),
        Err("only 2 of MUG left".to_string()),
        "\nkata 11, step 2: the basket page shows this error to the shopper, so it should say\n\
         how many are left, as the contract's example does.\n"
    );
}

#[tokio::test]
async fn drift_an_error_code_renamed_in_the_contract_breaks_the_storefront() {
    // Someone renames the error code of an unknown product, schema and example
    // alike; the storefront still looks for `unknown_sku`.
    let mut contract = Contract::storefront_inventory();
    let response = &mut contract.interaction_mut(NOT_SOLD).response;
    response.schema["properties"]["error"] = json!({ "const": "unknown_product" });
    response.example["error"] = json!("unknown_product");
    let (_stub, storefront) = storefront_against(&contract).await;

    let answer = storefront.stock("UMBRELLA").await;

    assert!(
        matches!(
            answer,
            Err(InventoryError::UnexpectedStatus { status: 404, .. })
        ),
        "\nkata 11, step 2: the contract's 404 now says `unknown_product`, a code the storefront\n\
         does not know. A 404 means \"no such product\" only with the code the storefront\n\
         relies on; any other 404 (a wrong URL, a renamed code) is a bug to see. It got\n\
         {answer:?}: serve the example of the contract the stub was given.\n"
    );
}
