//! The error paths. A status code and an error body are as much a part of
//! the API as its happy answers: clients branch on the status and read the
//! body to tell the user what went wrong. Two tests go over HTTP with
//! `TestApp`, and two in-process with `send`.

use axum::http::{Method, StatusCode, header};
use kata_07::error::ErrorBody;
use kata_07::users::UserForm;

use crate::helpers::{TestApp, get, json_request, router, send};

#[tokio::test]
async fn a_missing_user_is_a_404_with_an_error_body() {
    let app = TestApp::spawn().await;

    let response = app
        .client
        .get(app.url("/users/1"))
        .send()
        .await
        .expect("GET /users/1 gets an answer");

    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        response.headers()[header::CONTENT_TYPE],
        "application/json",
        "an error body is JSON, and says so"
    );
    let body: ErrorBody = response.json().await.expect("an error body, as JSON");
    assert_eq!(body.error, "user_not_found");
}

#[tokio::test]
async fn an_empty_name_is_refused_with_a_422() {
    let router = router();
    let nameless = UserForm {
        name: "   ".into(),
        email: "ada@shop.test".into(),
    };

    let reply = send(&router, json_request(Method::POST, "/users", &nameless)).await;

    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body: ErrorBody = reply.json();
    assert_eq!(body.error, "invalid_user");
    assert!(
        body.message.contains("name"),
        "the message names the field: {body:?}"
    );
    let nobody = send(&router, get("/users/1")).await;
    assert_eq!(
        nobody.status,
        StatusCode::NOT_FOUND,
        "a refused user is not stored"
    );
}

#[tokio::test]
async fn malformed_json_is_a_400_with_an_error_body() {
    let app = TestApp::spawn().await;

    let response = app
        .client
        .post(app.url("/users"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(r#"{"name": "Ada""#)
        .send()
        .await
        .expect("POST /users gets an answer");

    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let body: ErrorBody = response
        .json()
        .await
        .expect("even this error body is JSON the client can read");
    assert_eq!(body.error, "malformed_json");
}

#[tokio::test]
async fn updating_a_missing_user_is_a_404() {
    let router = router();
    let ada = UserForm {
        name: "Ada Lovelace".into(),
        email: "ada@shop.test".into(),
    };

    let reply = send(&router, json_request(Method::PUT, "/users/1", &ada)).await;

    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert_eq!(reply.json::<ErrorBody>().error, "user_not_found");
    let read = send(&router, get("/users/1")).await;
    assert_eq!(
        read.status,
        StatusCode::NOT_FOUND,
        "a PUT to a missing user does not create it"
    );
}

#[tokio::test]
async fn a_body_not_sent_as_json_is_a_415_with_an_error_body() {
    let router = router();
    let request = axum::http::Request::post("/users")
        .body(axum::body::Body::from(
            r#"{"name": "Ada", "email": "ada@shop.test"}"#,
        ))
        .expect("a request without a content type");

    let reply = send(&router, request).await;

    assert_eq!(reply.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let body: ErrorBody = reply.json();
    assert_eq!(body.error, "expected_json");
    let nobody = send(&router, get("/users/1")).await;
    assert_eq!(nobody.status, StatusCode::NOT_FOUND, "nothing is stored");
}

#[tokio::test]
async fn each_id_reads_its_own_user_and_an_id_that_is_no_number_reads_none() {
    let router = router();
    for (name, email) in [("Ada", "ada@shop.test"), ("Grace", "grace@shop.test")] {
        let form = UserForm {
            name: name.into(),
            email: email.into(),
        };
        let created = send(&router, json_request(Method::POST, "/users", &form)).await;
        assert_eq!(created.status, StatusCode::CREATED);
    }

    let grace = send(&router, get("/users/2")).await;
    assert_eq!(grace.status, StatusCode::OK);
    assert_eq!(grace.json::<serde_json::Value>()["name"], "Grace");

    let not_a_number = send(&router, get("/users/ada")).await;
    assert_eq!(not_a_number.status, StatusCode::NOT_FOUND);
    assert_eq!(not_a_number.json::<ErrorBody>().error, "user_not_found");
}
