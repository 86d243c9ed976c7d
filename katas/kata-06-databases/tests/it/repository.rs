//! The repository on a real database: a user's orders and what they spent,
//! and status changes, stored and read back.
//!
//! **You write these tests.** The comment above each `todo!` says what to
//! check.

/// Load the known shop. Check that `orders_of` gives each user their own
/// orders, oldest first (Alan has none), and that `total_spent` counts the
/// orders that are paid for (paid, shipped or delivered) and no others:
/// 62.00 for Ada, 11.00 for Grace, 0 for Alan.
#[test]
fn a_user_has_their_own_orders_and_spent_what_they_paid_for() {
    todo!("kata 06, repository step 1: a user's orders and their total (see the comment above)")
}

/// Use a database file in a temporary folder (`tempfile::tempdir()`,
/// `kata_06::db::open`): migrate it, create a user, place an order, then
/// pay it and ship it. Drop the connection, open the file again, and check
/// what a new connection reads: the order is shipped, with its lines.
#[test]
fn a_status_change_is_still_there_after_reopening_the_database() {
    todo!("kata 06, repository step 2: change a status, reopen the file, read it back")
}

/// Load the known shop once. Then try each of these changes inside its own
/// `RolledBack` transaction, so that each starts from the shop as loaded:
/// pay Grace's placed order (allowed); ship it (refused: it is not paid);
/// deliver Ada's shipped order (allowed); cancel it (refused); pay Ada's
/// canceled order (refused). For each, check the answer (`Ok` with the
/// order in its new status, or `Err(ShopError::InvalidTransition { .. })`)
/// and the status stored (`order(id)`). After the last one, check that every
/// order is as it was loaded.
#[test]
fn a_status_change_is_stored_and_a_refused_one_changes_nothing() {
    todo!("kata 06, repository step 3: status changes, each in a RolledBack transaction")
}
