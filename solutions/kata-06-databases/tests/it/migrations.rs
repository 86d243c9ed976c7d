//! The migrations, tested from where real databases start: a known
//! version-1 database with rows in it, not only an empty one.

use kata_06::db;
use kata_06::migrations::{LATEST_VERSION, migrate, schema_version};
use kata_06::money::Cents;
use kata_06::repository::{Order, OrderId, OrderLine, Repository, User, UserId};
use kata_06::status::OrderStatus::{Paid, Placed};

use crate::fixtures::{SHOP_AT_VERSION_1, fresh_db, load_known_shop, row_count};
#[test]
fn a_version_1_database_keeps_its_rows_through_the_upgrade() {
    let db = db::open_in_memory().unwrap();
    db.execute_batch(SHOP_AT_VERSION_1)
        .expect("the version-1 database should load");

    let applied = migrate(&db).expect("the upgrade from version 1 should apply");

    assert_eq!(applied, [2, 3], "the migrations a version-1 database lacks");
    assert_eq!(schema_version(&db), Ok(LATEST_VERSION));
    let shop = Repository::new(&db);
    let (ada, grace) = (UserId(1), UserId(2));
    assert_eq!(
        shop.user(grace),
        Ok(Some(User {
            id: grace,
            email: "grace@shop.test".into(),
            name: "Grace".into()
        }))
    );
    let order = |id, user, cents| Order {
        id: OrderId(id),
        user,
        total: Cents(cents),
        status: Paid, // Before version 3, the shop stored paid orders only.
    };
    assert_eq!(
        shop.orders_of(ada),
        Ok(vec![order(1, ada, 1300), order(2, ada, 4900)]),
        "Ada's orders, kept, and marked paid"
    );
    assert_eq!(shop.orders_of(grace), Ok(vec![order(3, grace, 1100)]));

    // An order placed after the upgrade starts at the beginning.
    let new = shop
        .place_order(ada, &[OrderLine::new("MUG", 1, Cents(650))])
        .expect("an upgraded database should take new orders");
    assert_eq!(
        shop.order(new.id),
        Ok(Some(Order {
            status: Placed,
            ..new
        }))
    );
}

#[test]
fn migrating_an_up_to_date_database_changes_nothing() {
    let db = fresh_db();
    let known = load_known_shop(&db);
    let shop = Repository::new(&db);
    let before = shop.orders_of(known.ada.id);

    assert_eq!(migrate(&db), Ok(vec![]), "nothing left to apply");

    assert_eq!(schema_version(&db), Ok(LATEST_VERSION));
    assert_eq!(shop.orders_of(known.ada.id), before);
    assert_eq!(
        shop.order(known.grace_placed.id),
        Ok(Some(known.grace_placed)),
        "a placed order stays placed"
    );
    assert_eq!(row_count(&db, "orders"), 5);
}
