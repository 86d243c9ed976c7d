//! The API over HTTP: a real server on a port of its own, and a real client.
//! The first two tests are given; they pass once `TestApp::spawn` works. You
//! write the third.

use axum::http::{StatusCode, header};
use kata_07::users::{User, UserForm};

use crate::helpers::TestApp;

fn ada() -> UserForm {
    UserForm {
        name: "Ada Lovelace".into(),
        email: "ada@shop.test".into(),
    }
}

// ANCHOR: read_back
#[tokio::test]
async fn a_user_created_over_http_can_be_read_back() {
    let app = TestApp::spawn().await;

    let created = app
        .client
        .post(app.url("/users"))
        .json(&ada())
        .send()
        .await
        .expect("POST /users gets an answer");
    assert_eq!(created.status(), StatusCode::CREATED);
    let location = created.headers()[header::LOCATION]
        .to_str()
        .expect("the Location header is text")
        .to_owned();
    let ada: User = created.json().await.expect("the new user, as JSON");

    let read = app
        .client
        .get(app.url(&location))
        .send()
        .await
        .expect("GET on the Location gets an answer");

    assert_eq!(read.status(), StatusCode::OK);
    assert_eq!(read.json::<User>().await.expect("a user, as JSON"), ada);
}
// ANCHOR_END: read_back

// ANCHOR: isolation
#[tokio::test]
async fn each_test_app_has_a_server_and_a_database_of_its_own() {
    let (first, second) = (TestApp::spawn().await, TestApp::spawn().await);
    assert_ne!(
        first.address, second.address,
        "each TestApp listens on a port of its own"
    );

    for app in [&first, &second] {
        let created: User = app
            .client
            .post(app.url("/users"))
            .json(&ada())
            .send()
            .await
            .expect("POST /users gets an answer")
            .json()
            .await
            .expect("the new user, as JSON");
        assert_eq!(
            created.id, 1,
            "a TestApp's database starts empty, so its first user gets id 1"
        );
    }
}
// ANCHOR_END: isolation

/// Over HTTP: a user's name and email, replaced with `PUT /users/{id}`, are
/// changed, and stay changed.
#[tokio::test]
async fn an_update_is_kept() {
    todo!("kata 07, step 2: update a user over HTTP and read it back (see the comment above)")
}
