//! Layer 3: the user service, on the real layers 1 and 2. `ServiceDriver`
//! plays the sign-up and account pages: write it in `drivers.rs` first.

/// Sign up with an email typed with spaces around it and capitals in it.
/// Check that it is stored trimmed and lowercased, that registering the
/// same email again in other capitals is refused as `UserError::EmailTaken`,
/// and that the first account is still the one the email finds.
#[test]
fn an_email_is_registered_once_whatever_its_case() {
    todo!(
        "kata 04, layer 3, step 1: write ServiceDriver in tests/it/drivers.rs, then this test (see the comment above)"
    )
}

/// Sign up, then `change_email` to a new email typed with capitals. Check
/// the answer and what is stored (normalized), that the old email finds
/// nobody, and that someone else can now sign up with the old email.
#[test]
fn a_new_email_is_stored_normalized_and_frees_the_old_one() {
    todo!("kata 04, layer 3, step 2: change a user's email (see the comment above)")
}

/// Sign up, then `change_email` to something that is not an email (no `@`,
/// or a space inside). Check it is refused as `UserError::InvalidEmail` and
/// that the account still has its old email.
#[test]
fn an_invalid_new_email_is_refused_and_the_old_one_kept() {
    todo!("kata 04, layer 3, step 3: change to an invalid email (see the comment above)")
}
