//! The error paths: **the file you write.**
//!
//! A status code and an error body are as much a part of the API as its
//! happy answers: clients branch on the status and read the body to tell the
//! user what went wrong. Every error body has the shape of
//! `kata_07::error::ErrorBody`, `{"error": "...", "message": "..."}`; the
//! table in `src/error.rs` lists the codes.
//!
//! Replace each `todo!` with a test. Two go over HTTP with `TestApp`, and two
//! in-process with `send`, so that you write both kinds.

/// Over HTTP: `GET /users/1` on a fresh `TestApp` (no user exists yet).
/// Check the status (404), and that the body is an `ErrorBody` with the
/// error `user_not_found`.
#[tokio::test]
async fn a_missing_user_is_a_404_with_an_error_body() {
    todo!("kata 07, step 3: read a missing user over HTTP (see the comment above)")
}

/// In-process: `POST /users` with an empty name. Check the status (422, see
/// the chapter for why not 400), and that the body is an `ErrorBody` with
/// the error `invalid_user` and a message that names the field. Then check
/// that no user was stored: a `GET /users/1` finds no one.
#[tokio::test]
async fn an_empty_name_is_refused_with_a_422() {
    todo!("kata 07, step 4: create a user with an empty name, in-process (see the comment above)")
}

/// Over HTTP: `POST /users` with a body that is not JSON at all, such as
/// `{"name": "Ada"` (cut short), sent as `application/json`. Check the status
/// (400), and that the client can still read an `ErrorBody` with the error
/// `malformed_json`.
#[tokio::test]
async fn malformed_json_is_a_400_with_an_error_body() {
    todo!("kata 07, step 5: send a body that is not JSON, over HTTP (see the comment above)")
}

/// In-process: `PUT /users/1` with a valid form, on a fresh router (no user
/// exists yet). Check the status (404) and the `ErrorBody`, and that the
/// `PUT` did not create the user: a `GET /users/1` still finds no one.
#[tokio::test]
async fn updating_a_missing_user_is_a_404() {
    todo!("kata 07, step 6: update a missing user, in-process (see the comment above)")
}
