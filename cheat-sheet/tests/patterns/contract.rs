//! A contract check: the provider's real router, called in-process with the
//! contract's request, answers with the contract's status and schema.

use axum::body::Body;
use axum::http::Request;
use cheat_sheet::note::Note;
use cheat_sheet::{api, store};
use http_body_util::BodyExt;
use jsonschema::ValidationError;
use serde_json::{Value, json};
use tower::ServiceExt;

/// What the consumer relies on (in a real project, a file both sides read).
fn reading_a_note() -> Value {
    json!({
        "given": "a note note_00000000c0de",
        "request": { "method": "GET", "path": "/notes/note_00000000c0de" },
        "status": 200,
        "schema": { "type": "object", "required": ["id", "title", "body"],
                    "properties": { "id": { "type": "string" }, "title": { "type": "string" } } }
    })
}

#[tokio::test]
async fn the_api_reads_a_note_as_the_contract_says() {
    let contract = reading_a_note();
    let db = store::open_in_memory().unwrap();
    let mut given = Note::new("Groceries", "");
    given.id = "note_00000000c0de".into(); // the state that the contract names
    store::insert(&db, &given).unwrap();
    let request = Request::builder()
        .method(contract["request"]["method"].as_str().unwrap())
        .uri(contract["request"]["path"].as_str().unwrap())
        .body(Body::empty())
        .unwrap();

    // ANCHOR: key_replay
    let Ok(response) = api::router(db).oneshot(request).await; // in-process
    // ANCHOR_END: key_replay

    assert_eq!(response.status().as_u16(), contract["status"]);
    let body = response.into_body().collect().await.unwrap().to_bytes();
    let body: Value = serde_json::from_slice(&body).expect("a JSON body");
    assert_eq!(breaches(&contract["schema"], &body), Vec::<String>::new());
}

/// Every way `body` breaks `schema`, each with the field it is about.
fn breaches(schema: &Value, body: &Value) -> Vec<String> {
    // ANCHOR: key_schema
    let validator = jsonschema::validator_for(schema).expect("a valid schema");
    // ANCHOR_END: key_schema
    let breach = |error: ValidationError<'_>| format!("{}: {error}", error.instance_path());
    // ANCHOR: key_errors
    validator.iter_errors(body).map(breach).collect()
    // ANCHOR_END: key_errors
}

#[test]
fn a_renamed_field_breaks_the_contract() {
    let renamed = json!({ "id": "note_00000000c0de", "heading": "Groceries", "body": "" });

    let found = breaches(&reading_a_note()["schema"], &renamed);

    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains(r#""title" is a required property"#),
        "{found:?}"
    );
}
