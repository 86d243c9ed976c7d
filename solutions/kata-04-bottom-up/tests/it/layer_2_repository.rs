//! Layer 2: the user repository, on a real layer 1. `RepositoryDriver`
//! plays the user service.

use kata_04::repository::{RepositoryError, User, UserId};

use crate::drivers::RepositoryDriver;

#[test]
fn a_created_user_is_found_by_id_and_by_email() {
    let driver = RepositoryDriver::new();
    // Two users, so that a lookup that answers with the wrong row shows.
    let ada = driver.create("ada@shop.test", "Ada");
    let grace = driver.create("grace@shop.test", "Grace");

    assert_ne!(ada.id, grace.id, "each user gets an id of their own");
    assert_eq!(driver.users.find_by_id(grace.id), Ok(Some(grace)));
    assert_eq!(driver.users.find_by_email("ada@shop.test"), Ok(Some(ada)));
    assert_eq!(driver.users.find_by_email("nobody@shop.test"), Ok(None));
}

#[test]
fn an_update_stores_the_new_name_and_email() {
    let driver = RepositoryDriver::new();
    let ada = driver.create("ada@shop.test", "Ada");
    let renamed = User {
        email: "ada.lovelace@shop.test".to_string(),
        name: "Ada Lovelace".to_string(),
        ..ada
    };

    driver
        .users
        .update(&renamed)
        .expect("the update should be saved");

    assert_eq!(
        driver.stored_row(ada.id),
        Some(("ada.lovelace@shop.test".into(), "Ada Lovelace".into())),
        "the table holds the new email and name"
    );
    assert_eq!(driver.users.find_by_id(ada.id), Ok(Some(renamed)));
    assert_eq!(
        driver.users.find_by_email("ada@shop.test"),
        Ok(None),
        "nobody has the old email any more"
    );
}

#[test]
fn an_address_is_kept_only_for_a_user_who_exists() {
    let driver = RepositoryDriver::new();
    let ada = driver.create("ada@shop.test", "Ada");
    let nobody = UserId(ada.id.0 + 1);

    let address = driver
        .users
        .add_address(ada.id, "12 Harbour Road, Portsmouth")
        .expect("an address for an existing user should be saved");
    let refused = driver.users.add_address(nobody, "1 Nowhere Lane");

    assert_eq!(driver.users.addresses_of(ada.id), Ok(vec![address]));
    assert_eq!(refused, Err(RepositoryError::UnknownUser(nobody)));
    assert_eq!(driver.users.addresses_of(nobody), Ok(vec![]));
}

#[test]
fn a_database_that_refuses_writes_is_not_mistaken_for_a_taken_email_or_a_missing_user() {
    let driver = RepositoryDriver::new();
    let ada = driver.create("ada@shop.test", "Ada");
    driver.make_read_only();

    // Only a UNIQUE or a FOREIGN KEY refusal has a name of its own; any other
    // failure must reach the caller as what it is.
    let created = driver.users.create("grace@shop.test", "Grace");
    assert!(
        matches!(created, Err(RepositoryError::Database(_))),
        "{created:?}"
    );
    let renamed = driver.users.update(&User {
        name: "Ada Lovelace".into(),
        ..ada.clone()
    });
    assert!(
        matches!(renamed, Err(RepositoryError::Database(_))),
        "{renamed:?}"
    );
    let address = driver.users.add_address(ada.id, "12 Harbour Road");
    assert!(
        matches!(address, Err(RepositoryError::Database(_))),
        "{address:?}"
    );
}
