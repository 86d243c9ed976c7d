//! A stub of the tax-rate provider: it gives one answer to every question,
//! or none at all, and tells the test what it was asked.

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router, serve};
use quiz_10::client::API_KEY;
use reqwest::Url;
use serde::Deserialize;
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

pub struct ProviderStub {
    pub url: Url,
    asked: mpsc::UnboundedReceiver<Asked>,
    server: JoinHandle<()>,
}

/// One question the stub was asked.
#[derive(Debug, Clone, PartialEq)]
pub struct Asked {
    pub postcode: String,
    pub api_key: Option<String>,
}

#[derive(Clone)]
struct Provider {
    /// The status and body of every answer; `None` for a provider that
    /// never answers.
    answer: Option<(StatusCode, Value)>,
    /// The key the provider wants, as the real one does; `None` for a stub
    /// that doesn't look.
    wants_key: Option<String>,
    asked: mpsc::UnboundedSender<Asked>,
}

impl ProviderStub {
    /// Answers every question with `status` and `body`.
    pub async fn answering(status: u16, body: Value) -> ProviderStub {
        ProviderStub::start(Some(answer(status, body)), None).await
    }

    /// Like `answering`, but refuses with a 401, as the real provider does,
    /// a question that does not carry `key`.
    pub async fn wanting_key(key: &str, status: u16, body: Value) -> ProviderStub {
        ProviderStub::start(Some(answer(status, body)), Some(key.to_owned())).await
    }

    /// Takes every question, and never answers.
    pub async fn silent() -> ProviderStub {
        ProviderStub::start(None, None).await
    }

    async fn start(answer: Option<(StatusCode, Value)>, wants_key: Option<String>) -> ProviderStub {
        let (sender, asked) = mpsc::unbounded_channel();
        let app = Router::new()
            .route("/v1/rates", get(rates))
            .with_state(Provider {
                answer,
                wants_key,
                asked: sender,
            });
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = Url::parse(&format!("http://{}", listener.local_addr().unwrap())).unwrap();
        let server = tokio::spawn(async move { serve(listener, app).await.unwrap() });
        ProviderStub { url, asked, server }
    }

    /// Every question asked since the last call, in order. The handler
    /// sends each one before it answers, so once the client has its answer,
    /// the question is here.
    pub fn asked(&mut self) -> Vec<Asked> {
        std::iter::from_fn(|| self.asked.try_recv().ok()).collect()
    }
}

impl Drop for ProviderStub {
    fn drop(&mut self) {
        self.server.abort();
    }
}

fn answer(status: u16, body: Value) -> (StatusCode, Value) {
    (StatusCode::from_u16(status).expect("a status code"), body)
}

#[derive(Deserialize)]
struct Params {
    postcode: String,
}

async fn rates(
    State(provider): State<Provider>,
    Query(params): Query<Params>,
    headers: HeaderMap,
) -> Response {
    let api_key = headers
        .get(API_KEY)
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned);
    let _ = provider.asked.send(Asked {
        postcode: params.postcode,
        api_key: api_key.clone(),
    });
    let Some((status, body)) = provider.answer else {
        // Never answers, and sets no timer that could race the client's.
        return std::future::pending().await;
    };
    if provider.wants_key.is_some() && provider.wants_key != api_key {
        let refusal = json!({ "message": "a valid X-Api-Key header is required" });
        return (StatusCode::UNAUTHORIZED, Json(refusal)).into_response();
    }
    (status, Json(body)).into_response()
}
