//! The error paths: **the file you write.**
//!
//! A status code and an error body are as much a part of the API as its
//! happy answers: clients branch on the status and read the body to tell the
//! user what went wrong. Every error body has the shape of
//! `kata_07::error::ErrorBody`, `{"error": "...", "message": "..."}`; the
//! table in `src/error.rs` lists the codes.
//!
//! Replace each `todo!` with a test. Two go over HTTP with `TestApp`, and two
//! in-process with `send`, so that you write both kinds. The comment above
//! each names the behavior to test; what to check is yours to decide.

/// Over HTTP: a client asks for a user who does not exist.
#[tokio::test]
async fn a_missing_user_is_a_404_with_an_error_body() {
    todo!("kata 07, step 3: read a missing user over HTTP (see the comment above)")
}

/// In-process: a new user with an empty name is refused, and not stored.
#[tokio::test]
async fn an_empty_name_is_refused_with_a_422() {
    todo!("kata 07, step 4: create a user with an empty name, in-process (see the comment above)")
}

/// Over HTTP: a request that says its body is JSON, when the body is not JSON
/// at all (cut short, say), is refused like every other mistake.
#[tokio::test]
async fn malformed_json_is_a_400_with_an_error_body() {
    todo!("kata 07, step 5: send a body that is not JSON, over HTTP (see the comment above)")
}

/// In-process: an update of a user who does not exist is refused, and does
/// not create the user.
#[tokio::test]
async fn updating_a_missing_user_is_a_404() {
    todo!("kata 07, step 6: update a missing user, in-process (see the comment above)")
}
