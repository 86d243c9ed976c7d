//! The stub that the storefront's tests run against: a real HTTP server, on
//! a port of its own, that answers from the contract. **Yours to write**
//! (steps 2 and 3).
//!
//! It knows nothing of the inventory API but what the contract says, so a
//! storefront that passes its tests against it relies on nothing else.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use kata_11::contract::{Contract, Interaction};
use kata_11::mismatch::Mismatch;
use serde_json::Value;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

use crate::schema_check::check_body;

/// A server that answers each request the contract describes with that
/// interaction's status and example body.
pub struct ContractStub {
    /// Where the stub listens, such as `http://127.0.0.1:54321`.
    pub url: String,
    server: JoinHandle<()>,
}

impl ContractStub {
    /// Step 2: serves `contract` on 127.0.0.1, on a port the system picks,
    /// until the stub is dropped.
    ///
    /// A request is answered by the interaction whose method, path and body
    /// it matches; a request that matches none gets a 500 whose body says
    /// what was asked, so that the consumer's test fails and shows why.
    ///
    /// Step 3, once step 2 passes: before serving anything, refuse a
    /// contract whose examples do not fit their own schemas, with what
    /// `broken_examples` says.
    pub async fn start(contract: &Contract) -> Result<ContractStub, Vec<Mismatch>> {
        let broken = broken_examples(contract);
        if !broken.is_empty() {
            return Err(broken);
        }
        let interactions: Arc<[Interaction]> = contract.interactions.clone().into();
        let app = Router::new().fallback(answer).with_state(interactions);
        // Bound before the server starts: the port takes connections at
        // once, so there is nothing to wait for.
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("the stub cannot bind a port on 127.0.0.1");
        let address = listener
            .local_addr()
            .expect("a bound listener has an address");
        let server = tokio::spawn(async move {
            axum::serve(listener, app)
                .await
                .expect("the stub's server stopped");
        });
        Ok(ContractStub {
            url: format!("http://{address}"),
            server,
        })
    }
}

impl Drop for ContractStub {
    fn drop(&mut self) {
        self.server.abort();
    }
}

/// Step 3: every example of `contract` that does not fit its own schema,
/// named by its interaction and its field. Empty when they all fit.
pub fn broken_examples(contract: &Contract) -> Vec<Mismatch> {
    contract
        .interactions
        .iter()
        .flat_map(|interaction| {
            let response = &interaction.response;
            check_body(&response.schema, &response.example)
                .into_iter()
                .map(|problem| Mismatch {
                    interaction: interaction.description.clone(),
                    problem,
                })
        })
        .collect()
}

/// The one handler: finds the interaction that the request matches, and
/// answers with its status and example.
async fn answer(
    State(interactions): State<Arc<[Interaction]>>,
    method: Method,
    uri: Uri,
    body: Bytes,
) -> Response {
    let target = uri
        .path_and_query()
        .map_or(uri.path(), |target| target.as_str());
    let sent: Option<Value> = if body.is_empty() {
        None
    } else {
        match serde_json::from_slice(&body) {
            Ok(json) => Some(json),
            Err(_) => {
                let text = String::from_utf8_lossy(&body);
                return no_interaction(format!(
                    "{method} {target} with a body that is not JSON: {text}"
                ));
            }
        }
    };
    let matching = interactions.iter().find(|interaction| {
        let expected = &interaction.request;
        expected.method.eq_ignore_ascii_case(method.as_str())
            && expected.path == target
            && expected.body == sent
    });
    let Some(interaction) = matching else {
        let asked = match &sent {
            Some(json) => format!("{method} {target} with the body {json}"),
            None => format!("{method} {target}"),
        };
        return no_interaction(asked);
    };
    let response = &interaction.response;
    match StatusCode::from_u16(response.status) {
        Ok(status) => (status, axum::Json(response.example.clone())).into_response(),
        Err(_) => no_interaction(format!(
            "{method} {target}: the interaction {:?} has no valid status ({})",
            interaction.description, response.status
        )),
    }
}

/// A loud answer for a request the contract does not describe: the
/// consumer's test fails, and the body says what it asked.
fn no_interaction(asked: String) -> Response {
    let message = format!("the contract has no interaction for {asked}");
    (StatusCode::INTERNAL_SERVER_ERROR, message).into_response()
}
