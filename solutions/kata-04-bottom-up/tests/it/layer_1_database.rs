//! Layer 1: the connection and the schema, tested first, against a real
//! SQLite database. `DatabaseDriver` plays the repository.

use rusqlite::ffi;

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

#[test]
fn two_users_cannot_share_an_email() {
    let driver = DatabaseDriver::new();
    driver.insert_user("ada@shop.test", "Ada").unwrap();

    let error = driver
        .insert_user("ada@shop.test", "Another Ada")
        .expect_err("the schema should refuse a second user with the same email");

    assert_eq!(
        error.sqlite_extended_error_code(),
        Some(ffi::SQLITE_CONSTRAINT_UNIQUE),
        "refused, but not by the UNIQUE constraint: {error}"
    );
    assert_eq!(driver.emails(), ["ada@shop.test"]);
}

#[test]
fn an_address_needs_a_user_who_exists() {
    let driver = DatabaseDriver::new();
    let nobody = 42;

    let error = driver
        .insert_address(nobody, "1 Nowhere Lane")
        .expect_err("the schema should refuse an address for a user who does not exist");

    assert_eq!(
        error.sqlite_extended_error_code(),
        Some(ffi::SQLITE_CONSTRAINT_FOREIGNKEY),
        "refused, but not by the foreign key: {error}"
    );
    assert!(driver.address_lines(nobody).is_empty());
}
