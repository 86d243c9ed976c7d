//! A demonstration for the quiz: tests that share one database, migrated
//! and loaded once to save time. They are ignored, because under parallel
//! threads whether they pass is a matter of luck; the quiz runs them on one
//! thread, where libtest runs them in the order of their names.

use std::sync::{LazyLock, Mutex, MutexGuard, PoisonError};

use quiz_06::repository::Repository;
use rusqlite::Connection;

use crate::fixtures::{KnownShop, fresh_db, load_known_shop};

// ANCHOR: shared
/// One database for every test in this module, set up on first use.
static SHARED: LazyLock<Mutex<(Connection, KnownShop)>> = LazyLock::new(|| {
    let connection = fresh_db();
    let known = load_known_shop(&connection);
    Mutex::new((connection, known))
});

/// The shared database, even after a test failed while holding it.
fn shared() -> MutexGuard<'static, (Connection, KnownShop)> {
    SHARED.lock().unwrap_or_else(PoisonError::into_inner)
}

#[test]
#[ignore = "quiz: shares one database with the other tests of this module"]
fn alan_buys_a_mug() {
    let shared = shared();
    let (connection, known) = &*shared;
    let shop = Repository::new(connection);
    shop.place_order(known.alan, 1250, "paid", &[("MUG", 1)])
        .unwrap();
    assert_eq!(shop.spent_by(known.alan).unwrap(), 1250);
}

#[test]
#[ignore = "quiz: shares one database with the other tests of this module"]
fn alan_has_spent_nothing_yet() {
    let shared = shared();
    let (connection, known) = &*shared;
    assert_eq!(Repository::new(connection).spent_by(known.alan).unwrap(), 0);
}

#[test]
#[ignore = "quiz: shares one database with the other tests of this module"]
fn grace_has_spent_30() {
    let shared = shared();
    let (connection, known) = &*shared;
    assert_eq!(
        Repository::new(connection).spent_by(known.grace).unwrap(),
        3000
    );
}
// ANCHOR_END: shared

// ANCHOR: own_database
#[test]
fn alan_has_spent_nothing_in_a_database_of_his_own() {
    let connection = fresh_db();
    let known = load_known_shop(&connection);
    assert_eq!(
        Repository::new(&connection).spent_by(known.alan).unwrap(),
        0
    );
}
// ANCHOR_END: own_database
