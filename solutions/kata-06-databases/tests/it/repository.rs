//! The repository on a real database: a user's orders and what they spent,
//! and status changes, stored and read back.

use kata_06::db;
use kata_06::migrations::migrate;
use kata_06::money::Cents;
use kata_06::repository::{Order, OrderLine, Repository, ShopError};
use kata_06::status::OrderStatus::{Canceled, Delivered, Paid, Shipped};

use crate::fixtures::{RolledBack, fresh_db, load_known_shop};

#[test]
fn a_user_has_their_own_orders_and_spent_what_they_paid_for() {
    let db = fresh_db();
    let known = load_known_shop(&db);
    let shop = Repository::new(&db);

    assert_eq!(
        shop.orders_of(known.ada.id),
        Ok(vec![
            known.ada_delivered,
            known.ada_shipped,
            known.ada_canceled
        ]),
        "Ada's orders, oldest first, and no one else's"
    );
    assert_eq!(
        shop.orders_of(known.grace.id),
        Ok(vec![known.grace_paid, known.grace_placed])
    );
    assert_eq!(shop.orders_of(known.alan.id), Ok(vec![]));

    // Delivered 13.00 + shipped 49.00; the canceled 30.00 does not count.
    assert_eq!(shop.total_spent(known.ada.id), Ok(Cents(6200)));
    // Paid 11.00; the placed 30.00 is not paid for yet.
    assert_eq!(shop.total_spent(known.grace.id), Ok(Cents(1100)));
    assert_eq!(shop.total_spent(known.alan.id), Ok(Cents(0)));
}
#[test]
fn a_status_change_is_still_there_after_reopening_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.db");
    let lines = [OrderLine::new("KEYBOARD", 1, Cents(4900))];

    let order = {
        let db = db::open(&path).unwrap();
        migrate(&db).unwrap();
        let shop = Repository::new(&db);
        let ada = shop.create_user("ada@shop.test", "Ada").unwrap();
        let order = shop.place_order(ada.id, &lines).unwrap();
        shop.set_status(order.id, Paid).unwrap();
        shop.set_status(order.id, Shipped).unwrap()
    }; // The connection is closed here.

    let db = db::open(&path).unwrap();
    let shop = Repository::new(&db);
    assert_eq!(
        shop.order(order.id),
        Ok(Some(Order {
            status: Shipped,
            ..order.clone()
        })),
        "what a new connection reads from the file"
    );
    assert_eq!(shop.lines_of(order.id), Ok(lines.to_vec()));
}

#[test]
fn a_status_change_is_stored_and_a_refused_one_changes_nothing() {
    let db = fresh_db();
    let known = load_known_shop(&db);
    let (placed, shipped, canceled) =
        (&known.grace_placed, &known.ada_shipped, &known.ada_canceled);
    let refused = |order: &Order, to| ShopError::InvalidTransition {
        from: order.status,
        to,
    };
    let attempts = [
        (placed, Paid, Ok(Paid)),
        (placed, Shipped, Err(refused(placed, Shipped))),
        (shipped, Delivered, Ok(Delivered)),
        (shipped, Canceled, Err(refused(shipped, Canceled))),
        (canceled, Paid, Err(refused(canceled, Paid))),
    ];

    for (order, to, expected) in attempts {
        // Each attempt starts from the shop as loaded, and is undone after.
        let transaction = RolledBack::begin(&db);
        let shop = Repository::new(&transaction);

        let answer = shop.set_status(order.id, to);

        let stored = shop.order(order.id).unwrap().unwrap().status;
        match expected {
            Ok(status) => {
                assert_eq!(
                    answer,
                    Ok(Order {
                        status,
                        ..order.clone()
                    })
                );
                assert_eq!(stored, status, "{} -> {to} is stored", order.status);
            }
            Err(error) => {
                assert_eq!(answer, Err(error));
                assert_eq!(stored, order.status, "{} -> {to} is refused", order.status);
            }
        }
    }

    // Every attempt was rolled back: the shop is as it was loaded.
    let shop = Repository::new(&db);
    for order in [placed, shipped, canceled] {
        assert_eq!(shop.order(order.id), Ok(Some(order.clone())));
    }
}

#[test]
fn a_database_that_refuses_writes_is_reported_as_a_database_error() {
    let db = fresh_db();
    let known = load_known_shop(&db);
    // From now on SQLite refuses every write, as a full disk would.
    db.execute_batch("PRAGMA query_only = ON;").unwrap();
    let shop = Repository::new(&db);

    // Only a UNIQUE, FOREIGN KEY or CHECK refusal has a name of its own; any
    // other failure must reach the caller as what it is.
    let user = shop.create_user("alan@shop.test", "Alan");
    assert!(matches!(user, Err(ShopError::Database(_))), "{user:?}");
    let order = shop.place_order(known.alan.id, &[OrderLine::new("MUG", 1, Cents(600))]);
    assert!(matches!(order, Err(ShopError::Database(_))), "{order:?}");
}
