//! The receipt between the shop and its app: each side's own test, and
//! each side against the contract they agreed on (`receipt.contract.json`).

use quiz_concept_check::app;
use quiz_concept_check::receipt::{self, Receipt};
use serde_json::Value;

// ANCHOR: contract
/// The example receipt both sides agreed on.
const CONTRACT: &str = include_str!("receipt.contract.json");

#[test]
fn the_shop_sends_what_the_contract_says() {
    let sent = receipt::to_json(&Receipt {
        order: 7,
        total_cents: 1250,
    });
    let sent: Value = serde_json::from_str(&sent).unwrap();
    let agreed: Value = serde_json::from_str(CONTRACT).unwrap();
    assert_eq!(sent, agreed);
}

#[test]
fn the_app_reads_what_the_contract_says() {
    let shown = app::read(CONTRACT).unwrap();
    assert_eq!((shown.order, shown.total_cents), (7, 1250));
}

#[test]
fn the_shop_reads_back_what_it_sends() {
    let receipt = Receipt {
        order: 7,
        total_cents: 1250,
    };
    let sent = receipt::to_json(&receipt);
    assert_eq!(serde_json::from_str::<Receipt>(&sent).unwrap(), receipt);
}
// ANCHOR_END: contract
