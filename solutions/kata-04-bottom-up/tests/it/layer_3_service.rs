//! Layer 3: the user service, on the real layers 1 and 2. `ServiceDriver`
//! plays the sign-up and account pages.

use kata_04::service::UserError;

use crate::drivers::ServiceDriver;

#[test]
fn an_email_is_registered_once_whatever_its_case() {
    let driver = ServiceDriver::new();

    let ada = driver.sign_up("  Ada@Shop.Test ", "Ada");
    let again = driver.service.register("ADA@shop.test", "Ada again");

    assert_eq!(
        ada.email, "ada@shop.test",
        "an email is stored trimmed and lowercased"
    );
    assert_eq!(again, Err(UserError::EmailTaken("ada@shop.test".into())));
    assert_eq!(
        driver.users.find_by_email("ada@shop.test"),
        Ok(Some(ada)),
        "the first account is the one that stays"
    );
}

#[test]
fn a_new_email_is_stored_normalized_and_frees_the_old_one() {
    let driver = ServiceDriver::new();
    let ada = driver.sign_up("ada@shop.test", "Ada");

    let changed = driver
        .service
        .change_email(ada.id, " Ada.Lovelace@Shop.Test")
        .expect("a valid new email should be accepted");

    assert_eq!(changed.email, "ada.lovelace@shop.test");
    assert_eq!(driver.users.find_by_id(ada.id), Ok(Some(changed)));
    assert_eq!(driver.users.find_by_email("ada@shop.test"), Ok(None));
    // The old email is free: someone else can now sign up with it.
    driver.sign_up("ada@shop.test", "Another Ada");
}

#[test]
fn an_invalid_new_email_is_refused_and_the_old_one_kept() {
    let driver = ServiceDriver::new();
    let ada = driver.sign_up("ada@shop.test", "Ada");

    let refused = driver.service.change_email(ada.id, "ada at shop.test");

    assert_eq!(
        refused,
        Err(UserError::InvalidEmail("ada at shop.test".into()))
    );
    assert_eq!(
        driver.users.find_by_id(ada.id),
        Ok(Some(ada)),
        "the account keeps its old email"
    );
}
