//! Layer 3: the user service, on the real layers 1 and 2. `ServiceDriver`
//! plays the sign-up and account pages: write it in `drivers.rs` first.

/// An email is registered once, however it was typed: it is stored trimmed
/// and lowercased, the same email in other capitals is refused, and the
/// first account keeps it.
#[test]
fn an_email_is_registered_once_whatever_its_case() {
    todo!(
        "kata 04, layer 3, step 1: write ServiceDriver in tests/it/drivers.rs, then this test (see the comment above)"
    )
}

/// A changed email is stored normalized, like a new one, and the old email
/// is free for someone else.
#[test]
fn a_new_email_is_stored_normalized_and_frees_the_old_one() {
    todo!("kata 04, layer 3, step 2: change a user's email (see the comment above)")
}

/// A change to something that is not an email is refused, and the account
/// keeps its old email.
#[test]
fn an_invalid_new_email_is_refused_and_the_old_one_kept() {
    todo!("kata 04, layer 3, step 3: change to an invalid email (see the comment above)")
}
