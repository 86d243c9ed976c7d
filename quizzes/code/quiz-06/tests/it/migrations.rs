//! The migrations, from an empty database and from version 1 with its rows.

use quiz_06::db;
use quiz_06::repository::Repository;
use rusqlite::Connection;

use crate::fixtures::{load_known_shop, version_1_db};

fn order_totals(connection: &Connection) -> Vec<(i64, i64)> {
    let mut statement = connection
        .prepare("SELECT id, total_cents FROM orders ORDER BY id")
        .unwrap();
    statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

// ANCHOR: from_empty
#[test]
fn a_fresh_database_migrates_and_takes_the_known_shop() {
    let mut connection = db::open_in_memory().unwrap();
    assert_eq!(db::migrate(&mut connection).unwrap(), [1, 2, 3]);
    let known = load_known_shop(&connection);
    let shop = Repository::new(&connection);
    assert_eq!(shop.spent_by(known.grace).unwrap(), 3000);
}
// ANCHOR_END: from_empty

// ANCHOR: v1_count
#[test]
fn upgrading_version_1_keeps_every_order() {
    let mut connection = version_1_db();
    assert_eq!(db::migrate(&mut connection).unwrap(), [2, 3]);
    assert_eq!(
        order_totals(&connection).len(),
        3,
        "orders after the upgrade"
    );
}
// ANCHOR_END: v1_count

// ANCHOR: v1_totals
#[test]
fn upgrading_version_1_keeps_every_total() {
    let mut connection = version_1_db();
    assert_eq!(db::migrate(&mut connection).unwrap(), [2, 3]);
    assert_eq!(order_totals(&connection), [(1, 1234), (2, 4900), (3, 99)]);
}
// ANCHOR_END: v1_totals

#[test]
fn an_up_to_date_database_is_left_alone() {
    let mut connection = version_1_db();
    db::migrate(&mut connection).unwrap();
    assert_eq!(db::migrate(&mut connection).unwrap(), [] as [usize; 0]);
}
