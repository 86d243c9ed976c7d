//! The migrations, tested from where real databases start: a known
//! version-1 database with rows in it, not only an empty one.
//!
//! **You write these tests.** The comment above each `todo!` says what to
//! check. Add the imports you need (`kata_06::migrations`, `crate::fixtures`).

/// Open a new in-memory database (`kata_06::db::open_in_memory`) and load
/// the known version-1 database into it (`execute_batch(SHOP_AT_VERSION_1)`,
/// from fixtures.rs). Then `migrate` it, and check that:
/// - it applied migrations 2 and 3, and the database is at `LATEST_VERSION`;
/// - every user and order of version 1 is still there, with its total;
/// - those orders are now `Paid`: before version 3 the shop stored only paid
///   orders;
/// - an order placed after the upgrade is `Placed`.
#[test]
fn a_version_1_database_keeps_its_rows_through_the_upgrade() {
    todo!("kata 06, migrations step 1: upgrade the version-1 database (see the comment above)")
}

/// Migrate a database that is already up to date: a fresh one with the
/// known shop loaded. Check that `migrate` applies nothing (`Ok(vec![])`),
/// that the version is still `LATEST_VERSION`, and that the rows are as they
/// were: the placed order is still placed.
#[test]
fn migrating_an_up_to_date_database_changes_nothing() {
    todo!("kata 06, migrations step 2: migrate a second time (see the comment above)")
}
