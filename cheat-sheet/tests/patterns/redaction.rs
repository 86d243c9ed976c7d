//! An insta redaction: the values that change on every run are checked for
//! their shape, then replaced.

use std::time::{SystemTime, UNIX_EPOCH};

use insta::internals::{Content, ContentPath};
use serde_json::{Value, json};

use crate::test_app::TestApp;

#[tokio::test]
async fn a_new_note_as_the_client_receives_it() {
    let app = TestApp::spawn().await;
    let new = json!({ "title": "Groceries", "body": "eggs, milk" });
    let note: Value = app.post("/notes", &new).await.json().await.unwrap();

    // ANCHOR: key_redaction
    insta::assert_json_snapshot!(note, {
        ".id" => insta::dynamic_redaction(note_id), // checks the shape, then replaces
        ".created_at" => insta::dynamic_redaction(just_now),
    });
    // ANCHOR_END: key_redaction
}

// A redacted field is untested, unless the redaction checks it first.
fn note_id(value: Content, path: ContentPath<'_>) -> &'static str {
    let hex = |d: &str| d.len() == 12 && d.bytes().all(|b| b"0123456789abcdef".contains(&b));
    let id = value.as_str().and_then(|id| id.strip_prefix("note_"));
    assert!(id.is_some_and(hex), "{path} is not a note id: {value:?}");
    "[note id]"
}

fn just_now(value: Content, path: ContentPath<'_>) -> &'static str {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
    let recent = |time: u64| (now.as_secs() - 60..=now.as_secs()).contains(&time);
    let time = value.as_u64();
    assert!(time.is_some_and(recent), "{path} is not now: {value:?}");
    "[time]"
}
