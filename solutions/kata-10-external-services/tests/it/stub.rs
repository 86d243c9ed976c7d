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

use std::collections::VecDeque;
use std::convert::Infallible;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use futures_util::{StreamExt, stream};
use reqwest::Url;
use serde_json::Value;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

/// One answer the stub can give. Given.
#[derive(Debug, Clone)]
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
pub struct StubServer {
    url: Url,
    state: Arc<Shared>,
    server: JoinHandle<()>,
}

/// What the stub's handler and the test share.
#[derive(Debug)]
struct Shared {
    /// The answers still to give; the last one is never taken out.
    answers: Mutex<VecDeque<Answer>>,
    received: Mutex<Vec<RecordedRequest>>,
}

impl Shared {
    /// The next answer: each one once, in order, and the last one forever.
    fn next_answer(&self) -> Answer {
        let mut answers = lock(&self.answers);
        if answers.len() > 1 {
            answers.pop_front().expect("more than one answer left")
        } else {
            answers[0].clone()
        }
    }
}

impl StubServer {
    /// Starts a stub on 127.0.0.1, on a port the system picks, that gives
    /// `answers` in order, one per request, whatever its method and path,
    /// and then gives the last one to every request after. Records every
    /// request before it answers it.
    pub async fn start(answers: impl IntoIterator<Item = Answer>) -> StubServer {
        let answers: VecDeque<Answer> = answers.into_iter().collect();
        assert!(!answers.is_empty(), "a stub needs an answer to give");
        let state = Arc::new(Shared {
            answers: Mutex::new(answers),
            received: Mutex::default(),
        });
        // Bound before the server task starts: the port takes connections
        // from now on, so a test can send its first request at once.
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("cannot bind a port on 127.0.0.1");
        let addr = listener
            .local_addr()
            .expect("a bound listener has an address");
        let app = Router::new()
            .fallback(answer)
            .with_state(Arc::clone(&state));
        let server = tokio::spawn(async move {
            axum::serve(listener, app)
                .await
                .expect("the stub server stopped");
        });
        StubServer {
            url: Url::parse(&format!("http://{addr}")).expect("an http URL"),
            state,
            server,
        }
    }

    /// Where the stub listens: `http://127.0.0.1:PORT`.
    pub fn url(&self) -> Url {
        self.url.clone()
    }

    /// Every request the stub received so far, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.state.received).clone()
    }
}

impl Drop for StubServer {
    fn drop(&mut self) {
        // Stops accepting connections. A request that the stub holds goes
        // when the test's runtime shuts down, at the end of the test.
        self.server.abort();
    }
}

/// The stub's one handler, for every method and path.
async fn answer(
    State(state): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    // Written down before the answer goes out: by the time the client has
    // its answer, the test finds the request in the list.
    lock(&state.received).push(RecordedRequest {
        method,
        uri,
        headers,
        body,
    });
    match state.next_answer() {
        Answer::Reply {
            status,
            headers,
            body,
        } => (status, headers, body).into_response(),
        // A future that never completes: no answer, and no timer that could
        // race the client's timeout.
        Answer::Silence => std::future::pending().await,
        Answer::EndlessBody { first_chunk } => {
            let chunks = stream::iter([Ok::<_, Infallible>(first_chunk)]).chain(stream::pending());
            (
                [(CONTENT_TYPE, "application/json")],
                Body::from_stream(chunks),
            )
                .into_response()
        }
    }
}

/// A lock that a panicking test cannot poison for the handler: the lists
/// are whole after each push and pop.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
