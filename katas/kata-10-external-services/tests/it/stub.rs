//! The stub carrier: **the file you write** (step 1).
//!
//! `StubServer` is an axum app that the test starts on 127.0.0.1, on a port
//! the system picks, and that plays the carrier: it gives the answers the
//! test programmed, one per request, and writes down every request it
//! received. `Answer` and `RecordedRequest` are given; `StubServer` is yours.
//!
//! What it must do, each shown in the chapter on another provider's stub,
//! or left for you to find in axum's documentation:
//! - take connections from the moment `start` returns, on a port of its own,
//!   and stop when it is dropped;
//! - answer every request, whatever its method and path;
//! - write each request down, whole, before it answers it;
//! - for `Answer::Silence`, never answer; for `Answer::EndlessBody`, start an
//!   answer and never finish its body.

use axum::body::Bytes;
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, Uri};
use reqwest::Url;
use serde_json::Value;

/// One answer the stub can give. Given.
#[derive(Debug, Clone)]
#[allow(
    dead_code,
    reason = "your StubServer reads what each answer holds; until then, nothing does"
)]
pub enum Answer {
    /// Answer at once, with this status, these headers and this body.
    Reply {
        status: StatusCode,
        headers: HeaderMap,
        body: String,
    },
    /// Never answer: hold the request, and the connection, until the test
    /// is over.
    Silence,
    /// Answer 200 with `Content-Type: application/json` and the first chunk
    /// of a body, and then send nothing more, with the connection open: a
    /// body that never ends.
    EndlessBody { first_chunk: String },
}

impl Answer {
    /// `status`, and `body` as JSON.
    pub fn json(status: u16, body: Value) -> Answer {
        Answer::raw(status, "application/json", &body.to_string())
    }

    /// `status`, and no body.
    pub fn status(status: u16) -> Answer {
        Answer::Reply {
            status: status_code(status),
            headers: HeaderMap::new(),
            body: String::new(),
        }
    }

    /// `status`, and `body` as it is, said to be of `content_type`: a body
    /// that says it is JSON and is not, for example.
    pub fn raw(status: u16, content_type: &str, body: &str) -> Answer {
        Answer::status(status)
            .with_header(CONTENT_TYPE.as_str(), content_type)
            .with_body(body)
    }

    /// The same reply, with one more header.
    pub fn with_header(mut self, name: &str, value: &str) -> Answer {
        if let Answer::Reply { headers, .. } = &mut self {
            let name = HeaderName::try_from(name).expect("a valid header name");
            let value = HeaderValue::try_from(value).expect("a valid header value");
            headers.append(name, value);
        }
        self
    }

    fn with_body(mut self, text: &str) -> Answer {
        if let Answer::Reply { body, .. } = &mut self {
            *body = text.to_string();
        }
        self
    }
}

fn status_code(status: u16) -> StatusCode {
    StatusCode::from_u16(status).expect("a status code from 100 to 999")
}

/// One request as the stub received it. Given.
#[derive(Debug, Clone)]
#[allow(
    dead_code,
    reason = "your StubServer makes these; until then, nothing does"
)]
pub struct RecordedRequest {
    pub method: Method,
    pub uri: Uri,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl RecordedRequest {
    /// The path and the query: "/v1/rates?weight_grams=1200&to=10115".
    pub fn path_and_query(&self) -> &str {
        self.uri
            .path_and_query()
            .map_or(self.uri.path(), |path| path.as_str())
    }

    /// The value of header `name`, if the request had it (and it is text).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name)?.to_str().ok()
    }

    /// The body, read as JSON.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|error| {
            panic!(
                "\nthe body of {} {} is not JSON ({error}): {:?}\n",
                self.method,
                self.path_and_query(),
                String::from_utf8_lossy(&self.body)
            )
        })
    }
}

/// A stub carrier on 127.0.0.1, stopped when this is dropped.
///
/// Add the fields it needs inside the `{ }`: what the test reads (the
/// address, the requests received), what the handler shares with it (the
/// answers to give, the requests received), and the server's task.
pub struct StubServer {}

impl StubServer {
    /// Starts a stub on 127.0.0.1, on a port the system picks, that gives
    /// `answers` in order, one per request, whatever its method and path,
    /// and then gives the last one to every request after. Records every
    /// request before it answers it.
    pub async fn start(answers: impl IntoIterator<Item = Answer>) -> StubServer {
        let answers: Vec<Answer> = answers.into_iter().collect();
        todo!(
            "kata 10, step 1: in tests/it/stub.rs, write StubServer::start: bind 127.0.0.1:0, \
             serve an axum app on it from a task of its own, and answer every request, \
             whatever its path, with the next of its {} answers (the last one again and \
             again), after you record it",
            answers.len(),
        )
    }

    /// Where the stub listens: `http://127.0.0.1:PORT`.
    pub fn url(&self) -> Url {
        todo!("kata 10, step 1: in tests/it/stub.rs, make StubServer::url return the address")
    }

    /// Every request the stub received so far, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        todo!(
            "kata 10, step 1: in tests/it/stub.rs, make StubServer::requests return what the \
             stub received"
        )
    }
}

impl Drop for StubServer {
    fn drop(&mut self) {
        // kata 10, step 1: stop the server's task here.
        //
        // (No `todo!()` here: a panic in `drop` while a test is already
        // panicking aborts the whole test run.)
    }
}
