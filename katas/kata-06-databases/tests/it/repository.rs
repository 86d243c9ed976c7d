//! The repository on a real database: a user's orders and what they spent,
//! and status changes, stored and read back.
//!
//! **You write these tests.** The comment above each `todo!` names the
//! behavior to test; what to check is yours to decide.

/// In the known shop, each user has their own orders, and has spent what
/// their paid-for orders come to.
#[test]
fn a_user_has_their_own_orders_and_spent_what_they_paid_for() {
    todo!("kata 06, repository step 1: a user's orders and their total (see the comment above)")
}

/// A status change is really stored: it is still there, order and all, when
/// the database file is opened again.
#[test]
fn a_status_change_is_still_there_after_reopening_the_database() {
    todo!("kata 06, repository step 2: change a status, reopen the file, read it back")
}

/// Status changes on the known shop, each in a `RolledBack` transaction of
/// its own so that each starts from the shop as loaded: an allowed change is
/// stored, and a refused one changes nothing.
#[test]
fn a_status_change_is_stored_and_a_refused_one_changes_nothing() {
    todo!("kata 06, repository step 3: status changes, each in a RolledBack transaction")
}
