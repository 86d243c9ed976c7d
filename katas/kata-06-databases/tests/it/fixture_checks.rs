//! Checks of the fixtures in `fixtures.rs`. These tests are given: make
//! them pass by writing the fixtures, then move on to the tests you write.

use kata_06::db;
use kata_06::migrations::{LATEST_VERSION, MIGRATIONS, schema_version};
use kata_06::money::Cents;
use kata_06::repository::{OrderLine, Repository};
use kata_06::status::OrderStatus::{Canceled, Delivered, Paid, Placed, Shipped};

use crate::fixtures::{RolledBack, SHOP_AT_VERSION_1, fresh_db, load_known_shop, row_count};

/// The frozen version-1 database must be what migration 1 really made.
/// Shipped migrations are never edited; if one is, this test says so.
#[test]
fn the_version_1_database_matches_migration_1() {
    let frozen = db::open_in_memory().unwrap();
    frozen.execute_batch(SHOP_AT_VERSION_1).unwrap();
    let migrated = db::open_in_memory().unwrap();
    migrated.execute_batch(MIGRATIONS[0].sql).unwrap();

    assert_eq!(schema_version(&frozen), Ok(1));
    for table in ["users", "orders"] {
        assert_eq!(
            columns(&frozen, table),
            columns(&migrated, table),
            "the columns of {table}"
        );
    }
}

/// Each column of `table` as (name, type, NOT NULL, part of the primary key).
fn columns(connection: &rusqlite::Connection, table: &str) -> Vec<(String, String, bool, bool)> {
    let mut statement = connection
        .prepare("SELECT name, type, \"notnull\", pk > 0 FROM pragma_table_info(?1)")
        .unwrap();
    statement
        .query_map([table], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

#[test]
fn a_fresh_database_is_migrated_and_empty() {
    let db = fresh_db();

    assert_eq!(schema_version(&db), Ok(LATEST_VERSION));
    for table in ["users", "orders", "order_lines"] {
        assert_eq!(row_count(&db, table), 0, "a fresh database has no {table}");
    }
}

#[test]
fn each_fresh_database_is_a_database_of_its_own() {
    let first = fresh_db();
    let second = fresh_db();

    Repository::new(&first)
        .create_user("ada@shop.test", "Ada")
        .expect("a new user should be stored");

    assert_eq!(row_count(&first, "users"), 1);
    assert_eq!(
        row_count(&second, "users"),
        0,
        "a user stored in one fresh database shows up in another: they share storage"
    );
}

#[test]
fn the_known_shop_is_loaded_as_described() {
    let db = fresh_db();
    let known = load_known_shop(&db);
    let shop = Repository::new(&db);

    let orders = [
        &known.ada_delivered,
        &known.ada_shipped,
        &known.ada_canceled,
        &known.grace_paid,
        &known.grace_placed,
    ];
    for order in orders {
        assert_eq!(
            shop.order(order.id),
            Ok(Some(order.clone())),
            "the stored order differs"
        );
    }
    let owners = orders.map(|order| order.user);
    let (ada, grace) = (known.ada.id, known.grace.id);
    assert_eq!(
        owners,
        [ada, ada, ada, grace, grace],
        "who placed each order"
    );
    let statuses = orders.map(|order| order.status);
    assert_eq!(statuses, [Delivered, Shipped, Canceled, Paid, Placed]);
    let totals = orders.map(|order| order.total);
    let expected = [
        Cents(1300),
        Cents(4900),
        Cents(3000),
        Cents(1100),
        Cents(3000),
    ];
    assert_eq!(totals, expected);
    assert_eq!(
        shop.lines_of(known.grace_paid.id),
        Ok(vec![
            OrderLine::new("PEN", 3, Cents(150)),
            OrderLine::new("MUG", 1, Cents(650)),
        ])
    );
    assert_eq!(known.alan.email, "alan@shop.test");
    assert_eq!(row_count(&db, "users"), 3);
    assert_eq!(row_count(&db, "orders"), 5);
}

// ANCHOR: rolled_back_check
#[test]
fn writes_inside_a_rolled_back_transaction_are_undone() {
    let db = fresh_db();

    {
        let transaction = RolledBack::begin(&db);
        let shop = Repository::new(&transaction);
        let ada = shop.create_user("ada@shop.test", "Ada").unwrap();
        let order = shop
            .place_order(ada.id, &[OrderLine::new("MUG", 1, Cents(650))])
            .expect("the shop should place an order inside a test's transaction");
        shop.set_status(order.id, Paid).unwrap();
        assert_eq!(row_count(&transaction, "orders"), 1, "visible inside");
    } // The transaction is dropped here, and rolled back.

    for table in ["users", "orders", "order_lines"] {
        assert_eq!(
            row_count(&db, table),
            0,
            "{table} written in the transaction were kept"
        );
    }
}
// ANCHOR_END: rolled_back_check

#[test]
#[should_panic(expected = "committed")]
fn a_commit_inside_the_rolled_back_transaction_is_reported() {
    let db = fresh_db();
    let transaction = RolledBack::begin(&db);

    // What a careless repository might do: end the caller's transaction.
    transaction.execute_batch("COMMIT").unwrap();

    drop(transaction); // The guard should notice, and say so.
}
