//! What the library the tests share says when something is wrong: the
//! failure messages of every step come from it. Given, and passing from the
//! start.

use kata_11::contract::{Contract, ON_THE_SHELF, SHORTAGE};
use kata_11::mismatch::{self, Mismatch, Problem};

#[test]
fn each_mismatch_reads_as_one_line_that_says_what_to_fix() {
    let mismatches = [
        Mismatch {
            interaction: SHORTAGE.into(),
            problem: Problem::Status {
                expected: 409,
                actual: 422,
            },
        },
        Mismatch {
            interaction: ON_THE_SHELF.into(),
            problem: Problem::Field {
                pointer: "/available".into(),
                message: "\"available\" is a required property".into(),
            },
        },
        Mismatch {
            interaction: ON_THE_SHELF.into(),
            problem: Problem::Field {
                pointer: String::new(),
                message: "null is not of type \"object\"".into(),
            },
        },
    ];

    let lines = [
        r#"  - "reserving more mugs than are left": expected status 409, got 422"#,
        r#"  - "the stock of a product on the shelf": /available: "available" is a required property"#,
        r#"  - "the stock of a product on the shelf": the body: null is not of type "object""#,
    ];
    assert_eq!(
        mismatch::list(&mismatches),
        lines.join("\n"),
        "every mismatch is one line that names its interaction and, for a field, the field \
         (the whole body when the pointer is empty)"
    );
    assert_eq!(
        mismatch::list(&[]),
        "  (none)",
        "an empty list should say so, not print nothing"
    );
}

#[test]
#[should_panic(
    expected = "the contract has no interaction \"the stock of a parrot\"; it has [\"the stock of a product on the shelf\""
)]
fn an_interaction_the_contract_lacks_is_named_with_those_it_has() {
    // A test that asks for a description with a typo should learn the right ones.
    Contract::storefront_inventory().interaction("the stock of a parrot");
}
