//! The account page's half: its reader against the contract's examples, and
//! the examples against their own schemas.

use quiz_11::account::{AccountError, Points, Tier, read_points};
use quiz_11::contract::{Contract, MEMBERS_POINTS, UNKNOWN_MEMBER};

fn example_of(description: &str) -> (u16, Vec<u8>) {
    let contract = Contract::account_loyalty();
    let response = &contract.interaction(description).response;
    (response.status, response.example.to_string().into_bytes())
}

// ANCHOR: reads
#[test]
fn the_account_page_reads_a_members_points() {
    let (status, body) = example_of(MEMBERS_POINTS);

    assert_eq!(
        read_points(status, &body),
        Ok(Points {
            points: 120,
            tier: Tier::Silver
        })
    );
}
// ANCHOR_END: reads

#[test]
fn the_account_page_reads_an_unknown_member() {
    let (status, body) = example_of(UNKNOWN_MEMBER);

    assert_eq!(read_points(status, &body), Err(AccountError::UnknownMember));
}

// ANCHOR: examples_fit
#[test]
fn every_example_fits_its_schema() {
    for interaction in Contract::account_loyalty().interactions {
        let response = interaction.response;
        let schema = jsonschema::validator_for(&response.schema).expect("a valid schema");
        let errors: Vec<String> = schema
            .iter_errors(&response.example)
            .map(|error| format!("{}: {error}", error.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "the example of {:?} breaks its own schema: {errors:?}",
            interaction.description
        );
    }
}
// ANCHOR_END: examples_fit
