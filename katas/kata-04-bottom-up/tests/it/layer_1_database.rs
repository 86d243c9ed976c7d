//! Layer 1: the connection and the schema, tested first, against a real
//! SQLite database. `DatabaseDriver` plays the repository.

use crate::drivers::DatabaseDriver;

// ANCHOR: first_test
/// The pattern for every test of this layer: the driver sends what the
/// repository will send, and the test checks what the database kept.
#[test]
fn a_user_and_their_address_are_stored_and_read_back() {
    let driver = DatabaseDriver::new();

    let ada = driver
        .insert_user("ada@shop.test", "Ada")
        .expect("a new user's row should be accepted");
    driver
        .insert_address(ada, "12 Harbour Road, Portsmouth")
        .expect("an address for an existing user should be accepted");

    assert_eq!(driver.emails(), ["ada@shop.test"]);
    assert_eq!(driver.address_lines(ada), ["12 Harbour Road, Portsmouth"]);
}
// ANCHOR_END: first_test

/// A second user with an email that is already taken is refused by the
/// database itself, for that reason and not another, and the table keeps
/// only the first.
#[test]
fn two_users_cannot_share_an_email() {
    todo!(
        "kata 04, layer 1, step 1: insert the same email twice with DatabaseDriver (see the comment above)"
    )
}

/// An address for a user id that no row has is refused by the database,
/// because of the foreign key, and nothing is stored for that id.
#[test]
fn an_address_needs_a_user_who_exists() {
    todo!("kata 04, layer 1, step 2: insert an address for a missing user (see the comment above)")
}
