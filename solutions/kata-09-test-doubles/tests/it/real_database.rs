//! The services over the real store: SQLite in memory, with the real schema.
//! The gateway and the mailer are still mocks: they are not what these
//! tests are about. The first two tests are given; **you write the third.**

use kata_09::cart::{Cart, Line};
use kata_09::checkout::{Checkout, CheckoutError};
use kata_09::customers::NewCustomer;
use kata_09::money::Cents;
use kata_09::orders::{OrderId, OrderStatus};
use kata_09::payments::{ChargeOutcome, PaymentId};
use kata_09::registration::{RegisterError, Registration};
use kata_09::sqlite_store::SqliteStore;
use kata_09::store::{Store, StoreError};

use crate::doubles::{Doubles, NOW};

// ANCHOR: stored_outcomes
/// Given. A paid order and a declined one, through the real store: each is
/// stored with its outcome, as the SQL really wrote it, read back with SQL.
#[tokio::test]
async fn each_order_is_stored_with_its_outcome() {
    let store = SqliteStore::open_in_memory().expect("a fresh in-memory database opens");
    let ada = store
        .add_customer(&NewCustomer {
            email: "ada@shop.test".into(),
            name: "Ada Lovelace".into(),
            joined_at: NOW,
        })
        .expect("a first customer is stored");
    let mut doubles = Doubles::new();
    // Two expectations for one method, told apart by their arguments: each
    // call gets the answer of the first expectation that matches it.
    doubles
        .gateway
        .expect_charge()
        .withf(|charge| charge.card == "tok_visa")
        .returning(|_| {
            Ok(ChargeOutcome::Approved {
                payment: PaymentId("pay_1".into()),
            })
        });
    doubles
        .gateway
        .expect_charge()
        .withf(|charge| charge.card == "tok_declined")
        .returning(|_| {
            Ok(ChargeOutcome::Declined {
                reason: "insufficient funds".into(),
            })
        });
    // Loose on purpose: these tests are about the database, not the emails.
    doubles.mailer.expect_receipt().return_const(());
    doubles.mailer.expect_payment_declined().return_const(());
    let checkout = Checkout::new(&store, &doubles.gateway, &doubles.mailer, &doubles.clock);
    let a_mug = Cart::new(vec![Line::new("MUG", Cents(650), 1)]);

    let paid = checkout
        .checkout(&ada, &a_mug, "tok_visa")
        .await
        .expect("the order is paid");
    let declined = checkout.checkout(&ada, &a_mug, "tok_declined").await;

    assert_eq!(paid.payment, Some(PaymentId("pay_1".into())));
    assert_eq!(store.order(paid.id), Ok(Some(paid)));
    let Err(CheckoutError::PaymentDeclined { order, .. }) = declined else {
        panic!("expected the second card to be declined, got {declined:?}");
    };
    assert_eq!(
        store
            .order(order)
            .map(|stored| stored.map(|order| order.status)),
        Ok(Some(OrderStatus::PaymentDeclined))
    );
}
// ANCHOR_END: stored_outcomes

/// Given. The store refuses to mark an order it does not have, rather than
/// change nothing and say nothing.
#[test]
fn an_order_the_store_does_not_have_cannot_be_marked() {
    let store = SqliteStore::open_in_memory().expect("a fresh in-memory database opens");

    assert_eq!(
        store.mark_declined(OrderId(1)),
        Err(StoreError::NoSuchOrder(OrderId(1)))
    );
}

/// Two registrations with the same email, against the real database: the
/// second one is refused, and only the first customer is welcomed.
#[tokio::test]
async fn the_database_refuses_a_second_account_for_the_same_email() {
    let store = SqliteStore::open_in_memory().expect("a fresh in-memory database opens");
    let mut doubles = Doubles::new();
    doubles
        .mailer
        .expect_welcome()
        .withf(|customer| customer.name == "Ada Lovelace")
        .times(1)
        .return_const(());
    let registration = Registration::new(&store, &doubles.mailer, &doubles.clock);

    let first = registration.register("ada@shop.test", "Ada Lovelace").await;
    let second = registration.register("ada@shop.test", "Ada King").await;

    assert_eq!(first.map(|ada| ada.email), Ok("ada@shop.test".to_string()));
    assert_eq!(
        second,
        Err(RegisterError::EmailTaken("ada@shop.test".into()))
    );
}
