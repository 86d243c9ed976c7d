//! Registration, with mocks in place of the store and the mailer. The
//! first test is given, as an example; **you write the second.**

use kata_09::customers::{Customer, CustomerId, NewCustomer};
use kata_09::registration::RegisterError;
use kata_09::store::StoreError;
use mockall::predicate::eq;

use crate::doubles::{Doubles, NOW};

// ANCHOR: taken_email
/// Given. When the store says the email is taken, registration fails, and
/// no one is welcomed.
///
/// This test passes, and it would go on passing if the shop's database let
/// two customers share an email: the mock says "taken" because this test
/// told it to. What the real database says is tested in `real_database.rs`.
#[tokio::test]
async fn a_taken_email_is_refused_and_no_one_is_welcomed() {
    let mut doubles = Doubles::new();
    doubles
        .store
        .expect_add_customer()
        .times(1)
        .returning(|_| Err(StoreError::EmailTaken));
    // No expectation on the mailer: a welcome would fail the test.

    let registered = doubles
        .registration()
        .register("ada@shop.test", "Ada Lovelace")
        .await;

    assert_eq!(
        registered,
        Err(RegisterError::EmailTaken("ada@shop.test".into()))
    );
}
// ANCHOR_END: taken_email

/// A new customer: the shop saves them, with the time its clock says, and
/// welcomes them. Once.
#[tokio::test]
async fn a_new_customer_is_saved_and_welcomed_once() {
    let mut doubles = Doubles::new();
    let grace = Customer {
        id: CustomerId(12),
        email: "grace@shop.test".into(),
        name: "Grace Hopper".into(),
        joined_at: NOW,
    };
    doubles
        .store
        .expect_add_customer()
        .with(eq(NewCustomer {
            email: "grace@shop.test".into(),
            name: "Grace Hopper".into(),
            joined_at: NOW,
        }))
        .times(1)
        .returning(|new| Ok(Customer::new(CustomerId(12), new)));
    let welcomed = grace.clone();
    doubles
        .mailer
        .expect_welcome()
        .withf(move |customer| *customer == welcomed)
        .times(1)
        .return_const(());

    let registered = doubles
        .registration()
        .register("grace@shop.test", "Grace Hopper")
        .await;

    assert_eq!(registered, Ok(grace));
}
