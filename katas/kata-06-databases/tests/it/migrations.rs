//! The migrations, tested from where real databases start: a known
//! version-1 database with rows in it, not only an empty one.
//!
//! **You write these tests.** The comment above each `todo!` names the
//! behavior to test; what to check is yours to decide. Add the imports you
//! need (`kata_06::migrations`, `crate::fixtures`).

/// The upgrade a shop still on version 1 takes, starting from the known
/// version-1 database (`SHOP_AT_VERSION_1`, in fixtures.rs): it reaches the
/// latest schema, keeps every row the shop had, and fills in what the new
/// schema adds, for the old rows and for new ones.
#[test]
fn a_version_1_database_keeps_its_rows_through_the_upgrade() {
    todo!("kata 06, migrations step 1: upgrade the version-1 database (see the comment above)")
}

/// Migrating a database that is already up to date, such as the known shop,
/// changes nothing.
#[test]
fn migrating_an_up_to_date_database_changes_nothing() {
    todo!("kata 06, migrations step 2: migrate a second time (see the comment above)")
}
