//! Layer 2: the user repository, on a real layer 1. `RepositoryDriver`
//! plays the user service: write it in `drivers.rs` first.

/// Users created through your driver are found again, by id and by email,
/// exactly as they were created, and an email nobody has finds nobody.
#[test]
fn a_created_user_is_found_by_id_and_by_email() {
    todo!(
        "kata 04, layer 2, step 1: write RepositoryDriver in tests/it/drivers.rs, then this test (see the comment above)"
    )
}

/// An update stores both the new name and the new email, and the old email
/// no longer finds anyone.
#[test]
fn an_update_stores_the_new_name_and_email() {
    todo!("kata 04, layer 2, step 2: update a user's email and name (see the comment above)")
}

/// An address is kept for a user who exists. For a user id that nobody has,
/// it is refused with the repository's own error, and nothing is stored.
#[test]
fn an_address_is_kept_only_for_a_user_who_exists() {
    todo!(
        "kata 04, layer 2, step 3: add addresses, for a user and for nobody (see the comment above)"
    )
}
