//! The API called in-process, with `oneshot`: the router is a function from
//! a request to a response, and these tests call it as one. Both tests here
//! are given, as examples of the style.

use axum::http::{Method, StatusCode, header};
use kata_07::users::{User, UserForm};

use crate::helpers::{get, json_request, router, send};

fn ada() -> UserForm {
    UserForm {
        name: "Ada Lovelace".into(),
        email: "ada@shop.test".into(),
    }
}

// ANCHOR: create
#[tokio::test]
async fn creating_a_user_answers_201_with_the_user_and_where_to_find_it() {
    let router = router();

    let reply = send(&router, json_request(Method::POST, "/users", &ada())).await;

    assert_eq!(reply.status, StatusCode::CREATED);
    assert_eq!(
        reply.json::<User>(),
        User {
            id: 1,
            name: "Ada Lovelace".into(),
            email: "ada@shop.test".into(),
        },
        "the first user of a fresh database gets id 1"
    );
    assert_eq!(reply.headers[header::LOCATION], "/users/1");
}
// ANCHOR_END: create

// ANCHOR: read_back
#[tokio::test]
async fn a_created_user_can_be_read_back() {
    let router = router();
    let created: User = send(&router, json_request(Method::POST, "/users", &ada()))
        .await
        .json();

    let reply = send(&router, get(&format!("/users/{}", created.id))).await;

    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.json::<User>(), created);
}
// ANCHOR_END: read_back
