//! Step 1: a schema check that names the field. You write `check_body`, in
//! schema_check.rs; these tests call it on the contract's stock schema and
//! on a schema of their own.

use kata_11::contract::{Contract, ON_THE_SHELF};
use kata_11::mismatch::Problem;
use serde_json::{Value, json};

use crate::schema_check::check_body;

fn stock_schema() -> Value {
    Contract::storefront_inventory()
        .interaction(ON_THE_SHELF)
        .response
        .schema
        .clone()
}

/// The pointers of `problems`, sorted; panics if one is not a field problem.
fn pointers(problems: &[Problem]) -> Vec<&str> {
    let mut pointers: Vec<&str> = problems
        .iter()
        .map(|problem| match problem {
            Problem::Field { pointer, .. } => pointer.as_str(),
            other => panic!(
                "\nkata 11, step 1: check_body only checks a body against a schema, so every \
                 problem it finds is a Problem::Field; it returned {other:?}\n"
            ),
        })
        .collect();
    pointers.sort_unstable();
    pointers
}

#[test]
fn every_example_of_the_contract_fits_its_schema() {
    for interaction in Contract::storefront_inventory().interactions {
        let problems = check_body(&interaction.response.schema, &interaction.response.example);
        assert!(
            problems.is_empty(),
            "\nkata 11, step 1: the example of {:?} fits its schema, but check_body found \
             {problems:?}\n",
            interaction.description,
        );
    }
}

#[test]
fn a_value_of_the_wrong_type_is_named() {
    let body = json!({ "sku": "KEYBOARD", "available": "twelve", "status": "in_stock" });

    let problems = check_body(&stock_schema(), &body);

    assert_eq!(
        pointers(&problems),
        ["/available"],
        "\nkata 11, step 1: `available` is a string where the schema wants an integer: one \
         problem, at the pointer /available\n"
    );
}

#[test]
fn a_value_that_the_schema_does_not_list_is_named() {
    let body = json!({ "sku": "LAMP", "available": 0, "status": "backordered" });

    let problems = check_body(&stock_schema(), &body);

    assert_eq!(
        pointers(&problems),
        ["/status"],
        "\nkata 11, step 1: {problems:?}\n"
    );
    let Problem::Field { message, .. } = &problems[0] else {
        unreachable!("pointers() checked that it is a field problem")
    };
    assert!(
        message.contains("backordered"),
        "\nkata 11, step 1: the message should say what the value was; it says {message:?}\n"
    );
}

// ANCHOR: missing
#[test]
fn a_missing_field_is_named_by_its_own_pointer() {
    let body = json!({ "sku": "KEYBOARD", "status": "in_stock" });

    let problems = check_body(&stock_schema(), &body);

    assert_eq!(
        pointers(&problems),
        ["/available"],
        "\nkata 11, step 1: the body has no `available`. Name the missing field itself,\n\
         /available, not the object that lacks it: a JSON Schema error for a missing field\n\
         sits on the object. Ask the error what kind it is.\n"
    );
}
// ANCHOR_END: missing

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let body = json!({ "sku": 7, "status": "in-stock" });

    let problems = check_body(&stock_schema(), &body);

    assert_eq!(
        pointers(&problems),
        ["/available", "/sku", "/status"],
        "\nkata 11, step 1: this body has three problems (a number for `sku`, no `available`,\n\
         a status the schema does not list), and a provider's team wants to see them all at\n\
         once. Collect every error, not only the first.\n"
    );
}

#[test]
fn a_field_deep_inside_the_body_is_named() {
    // Not the inventory's: a basket, with lines.
    let basket = json!({
        "type": "object",
        "required": ["lines"],
        "properties": {
            "lines": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["sku", "quantity"],
                    "properties": {
                        "sku": { "type": "string" },
                        "quantity": { "type": "integer", "minimum": 1 }
                    }
                }
            }
        }
    });
    let body = json!({ "lines": [{ "sku": "MUG", "quantity": 0 }, { "quantity": 2 }] });

    let problems = check_body(&basket, &body);

    assert_eq!(
        pointers(&problems),
        ["/lines/0/quantity", "/lines/1/sku"],
        "\nkata 11, step 1: {problems:?}\n"
    );
}
