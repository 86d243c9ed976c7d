//! Layer 2: the user repository, on a real layer 1. `RepositoryDriver`
//! plays the user service: write it in `drivers.rs` first.

/// Create two users through your driver. Check that `find_by_id` gives back
/// the second one exactly as created, that `find_by_email` finds the first
/// one by its email, and that an email nobody has finds nobody (`Ok(None)`).
#[test]
fn a_created_user_is_found_by_id_and_by_email() {
    todo!(
        "kata 04, layer 2, step 1: write RepositoryDriver in tests/it/drivers.rs, then this test (see the comment above)"
    )
}

/// Create a user, then `update` it with a new email and a new name. Check
/// what is stored, both in the table (through your driver) and through
/// `find_by_id`, and that the old email no longer finds anyone.
#[test]
fn an_update_stores_the_new_name_and_email() {
    todo!("kata 04, layer 2, step 2: update a user's email and name (see the comment above)")
}

/// Create a user and `add_address` for them; check that `addresses_of` lists
/// it. Then add an address for a user id that nobody has: check the error is
/// `RepositoryError::UnknownUser` with that id, and that nothing was stored.
#[test]
fn an_address_is_kept_only_for_a_user_who_exists() {
    todo!(
        "kata 04, layer 2, step 3: add addresses, for a user and for nobody (see the comment above)"
    )
}
