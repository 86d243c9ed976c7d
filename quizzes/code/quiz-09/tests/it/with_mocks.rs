//! The restock service over mockall mocks of the store and the mailer.
//!
//! In every test, the shelf holds 2 mugs, 3 more arrive, and Ada is waiting
//! for the mug.

use mockall::Sequence;
use mockall::predicate::eq;
use quiz_09::restock::{MockMailer, MockStock, Restock, Restocked};

use crate::doubles::ADA;

// ANCHOR: loose
#[test]
fn a_restock_reports_the_new_count() {
    let mut stock = MockStock::new();
    stock.expect_on_hand().returning(|_| Ok(2));
    stock.expect_set_on_hand().returning(|_, _| Ok(()));
    stock
        .expect_waiting_for()
        .returning(|_| Ok(vec![ADA.to_owned()]));
    stock.expect_clear_waiting().returning(|_| Ok(()));
    let mut mailer = MockMailer::new();
    mailer.expect_back_in_stock().return_const(());

    let restocked = Restock::new(stock, mailer).receive("MUG", 3);

    assert_eq!(
        restocked,
        Ok(Restocked {
            on_hand: 5,
            notified: 1
        })
    );
}
// ANCHOR_END: loose

// ANCHOR: careful
#[test]
fn the_waiting_customer_hears_the_new_count_once() {
    let mut stock = MockStock::new();
    stock
        .expect_on_hand()
        .with(eq("MUG"))
        .times(1)
        .returning(|_| Ok(2));
    stock
        .expect_set_on_hand()
        .with(eq("MUG"), eq(5))
        .times(1)
        .returning(|_, _| Ok(()));
    stock
        .expect_waiting_for()
        .with(eq("MUG"))
        .times(1)
        .returning(|_| Ok(vec![ADA.to_owned()]));
    stock
        .expect_clear_waiting()
        .with(eq("MUG"))
        .times(1)
        .returning(|_| Ok(()));
    let mut mailer = MockMailer::new();
    mailer
        .expect_back_in_stock()
        .with(eq(ADA), eq("MUG"), eq(5))
        .times(1)
        .return_const(());

    let restocked = Restock::new(stock, mailer).receive("MUG", 3);

    assert_eq!(
        restocked,
        Ok(Restocked {
            on_hand: 5,
            notified: 1
        })
    );
}
// ANCHOR_END: careful

// ANCHOR: every_call_in_order
#[test]
fn every_call_in_order() {
    let mut order = Sequence::new();
    let mut stock = MockStock::new();
    let mut mailer = MockMailer::new();
    stock
        .expect_on_hand()
        .times(1)
        .in_sequence(&mut order)
        .returning(|_| Ok(2));
    stock
        .expect_set_on_hand()
        .times(1)
        .in_sequence(&mut order)
        .returning(|_, _| Ok(()));
    stock
        .expect_waiting_for()
        .times(1)
        .in_sequence(&mut order)
        .returning(|_| Ok(vec![ADA.to_owned()]));
    mailer
        .expect_back_in_stock()
        .times(1)
        .in_sequence(&mut order)
        .return_const(());
    stock
        .expect_clear_waiting()
        .times(1)
        .in_sequence(&mut order)
        .returning(|_| Ok(()));

    let restocked = Restock::new(stock, mailer).receive("MUG", 3);

    assert!(restocked.is_ok());
}
// ANCHOR_END: every_call_in_order

// ANCHOR: mail_after_save
#[test]
fn the_mail_goes_out_after_the_stock_is_saved() {
    let mut order = Sequence::new();
    let mut stock = MockStock::new();
    let mut mailer = MockMailer::new();
    stock.expect_on_hand().returning(|_| Ok(2));
    stock
        .expect_set_on_hand()
        .times(1)
        .in_sequence(&mut order)
        .returning(|_, _| Ok(()));
    mailer
        .expect_back_in_stock()
        .times(1)
        .in_sequence(&mut order)
        .return_const(());
    stock
        .expect_waiting_for()
        .returning(|_| Ok(vec![ADA.to_owned()]));
    stock.expect_clear_waiting().returning(|_| Ok(()));

    let restocked = Restock::new(stock, mailer).receive("MUG", 3);

    assert!(restocked.is_ok());
}
// ANCHOR_END: mail_after_save
