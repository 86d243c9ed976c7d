//! The `TestApp`: the real server on a port of its own, per test.

use std::time::Duration;

use cheat_sheet::note::Note;
use cheat_sheet::{api, store};
use reqwest::{Response, StatusCode};
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

/// The notes API behind a real server with a database of its own, and a
/// client for it. Each test spawns its own: nothing is shared.
pub struct TestApp {
    pub address: String,
    client: reqwest::Client,
    server: JoinHandle<()>,
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        let app = api::router(store::open_in_memory().expect("a fresh database"));
        // ANCHOR: key_server
        // Port 0: the system picks a free port. Loopback: no one else sees it.
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("a free port");
        let address = format!("http://{}", listener.local_addr().expect("an address"));
        // Bound already: requests queue until the server accepts. No sleep.
        let server = tokio::spawn(async move {
            axum::serve(listener, app).await.expect("the server runs");
        });
        // ANCHOR_END: key_server
        let client = reqwest::Client::builder()
            // ANCHOR: key_client
            .no_proxy() // an HTTP_PROXY must not see loopback requests
            .timeout(Duration::from_secs(5)) // a hung server fails the test
            // ANCHOR_END: key_client
            .build()
            .expect("a client");
        TestApp {
            address,
            client,
            server,
        }
    }

    pub async fn get(&self, path: &str) -> Response {
        let request = self.client.get(format!("{}{path}", self.address));
        request.send().await.expect("an answer")
    }

    pub async fn post(&self, path: &str, json: &Value) -> Response {
        let request = self.client.post(format!("{}{path}", self.address));
        request.json(json).send().await.expect("an answer")
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        // ANCHOR: key_stop
        self.server.abort(); // however the test ends
        // ANCHOR_END: key_stop
    }
}

#[tokio::test]
async fn a_note_sent_over_http_can_be_read_back() {
    let app = TestApp::spawn().await;
    let new = json!({ "title": "Groceries", "body": "eggs, milk" });

    let created = app.post("/notes", &new).await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let note: Note = created.json().await.unwrap();

    let read = app.get(&format!("/notes/{}", note.id)).await;
    assert_eq!(read.status(), StatusCode::OK);
    assert_eq!(read.json::<Note>().await.unwrap(), note);
}

#[tokio::test]
async fn each_app_has_a_database_of_its_own() {
    let (first, second) = (TestApp::spawn().await, TestApp::spawn().await);
    assert_ne!(first.address, second.address);
    let only_here = json!({ "title": "Only in the first", "body": "" });
    let note: Note = first.post("/notes", &only_here).await.json().await.unwrap();

    let elsewhere = second.get(&format!("/notes/{}", note.id)).await;

    assert_eq!(elsewhere.status(), StatusCode::NOT_FOUND);
}
