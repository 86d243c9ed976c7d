//! The contract between the learner's runner and the classroom server
//! (`contract.json`), checked from both sides, as kata 11 does it:
//!
//! - the **consumer** side runs the real runner (`join`, `check`, `doctor`,
//!   `leave`) against a stub server that answers with the contract's
//!   examples, and checks every request it sends against the contract's
//!   request schemas;
//! - the **provider** side replays the contract's requests against the real
//!   server and checks its answers against the response schemas.
//!
//! Both sides are in this repository and share `wire.rs`, so why a
//! contract? Because a learner's runner and the instructor's server can be
//! different versions of it: the contract is what last week's clone and
//! today's must both keep to. A renamed field fails one side or the other.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::Value;
use tokio::sync::mpsc;

use crate::helpers::{Fixture, redact};
use crate::room::{DEADLINE, Server, kata, kata_input};

const CONTRACT: &str = include_str!("contract.json");

fn contract() -> Value {
    serde_json::from_str(CONTRACT).expect("contract.json is JSON")
}

fn interactions(contract: &Value) -> &Vec<Value> {
    contract["interactions"].as_array().unwrap()
}

/// Checks `instance` against the contract's schema `name`; the error lists
/// every place that does not fit.
fn validate(contract: &Value, name: &str, instance: &Value) -> Result<(), String> {
    let schema = &contract["schemas"][name];
    assert!(schema.is_object(), "the contract has no schema {name}");
    let validator = jsonschema::validator_for(schema).expect("a valid JSON Schema");
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|error| format!("at {:?}: {error}", error.instance_path().to_string()))
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{instance} does not fit {name}:\n{}",
            errors.join("\n")
        ))
    }
}

/// What the placeholders stand for.
#[derive(Clone)]
struct Vars {
    code: String,
    learner: String,
    token: String,
}

/// The contract's `{not-the-code}`, where a value must be sent.
const NOT_THE_CODE: &str = "WRONG1";

impl Vars {
    fn resolve(&self, text: &str) -> String {
        text.replace("{code}", &self.code)
            .replace("{not-the-code}", NOT_THE_CODE)
            .replace("{learner}", &self.learner)
            .replace("{token}", &self.token)
            .replace("{seconds}", "20")
    }

    /// Whether an actual value is what the example asks for.
    fn matches(&self, example: &str, actual: &str) -> bool {
        if example.contains("{not-the-code}") {
            actual != self.code && !actual.is_empty()
        } else {
            self.resolve(example) == actual
        }
    }

    fn resolve_json(&self, value: &Value) -> Value {
        match value {
            Value::String(text) => Value::String(self.resolve(text)),
            Value::Array(items) => {
                Value::Array(items.iter().map(|v| self.resolve_json(v)).collect())
            }
            Value::Object(map) => Value::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), self.resolve_json(v)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }
}

fn path_matches(template: &str, actual: &str, vars: &Vars) -> bool {
    let (template, actual): (Vec<&str>, Vec<&str>) =
        (template.split('/').collect(), actual.split('/').collect());
    template.len() == actual.len()
        && template
            .iter()
            .zip(&actual)
            .all(|(t, a)| vars.matches(t, a))
}

/// A request as the stub received it.
#[derive(Debug)]
struct Seen {
    interaction: String,
    method: String,
    path: String,
    headers: BTreeMap<String, String>,
    body: Value,
}

/// A provider that knows nothing but the contract's examples.
struct Stub {
    contract: Value,
    vars: Mutex<Vars>,
    seen: mpsc::UnboundedSender<Seen>,
}

async fn stub(State(stub): State<Arc<Stub>>, request: Request) -> Response {
    let method = request.method().to_string();
    let path = request.uri().path().to_string();
    let headers: BTreeMap<String, String> = request
        .headers()
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or_default().to_string()))
        .collect();
    let bytes = axum::body::to_bytes(request.into_body(), 1 << 20)
        .await
        .unwrap_or_default();
    let body: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    let vars = stub.vars.lock().unwrap().clone();
    let found = interactions(&stub.contract).iter().find(|i| {
        let request = &i["request"];
        request["method"] == method.as_str()
            && path_matches(request["path"].as_str().unwrap(), &path, &vars)
            && request["headers"]
                .as_object()
                .unwrap()
                .iter()
                .all(|(name, example)| {
                    headers
                        .get(name)
                        .is_some_and(|actual| vars.matches(example.as_str().unwrap(), actual))
                })
            && request["body"]["code"]
                .as_str()
                .is_none_or(|example| vars.matches(example, body["code"].as_str().unwrap_or("")))
            // Joins differ by the learner's name too (the room's answers to
            // "Full" and "Fast").
            && request["body"]["name"]
                .as_str()
                .is_none_or(|example| body["name"] == example)
    });
    let Some(interaction) = found else {
        let _ = stub.seen.send(Seen {
            interaction: "(none)".into(),
            method,
            path,
            headers,
            body,
        });
        return (
            StatusCode::NOT_IMPLEMENTED,
            "no interaction of the contract fits",
        )
            .into_response();
    };
    let _ = stub.seen.send(Seen {
        interaction: interaction["name"].as_str().unwrap().to_string(),
        method,
        path,
        headers,
        body,
    });
    let response = &interaction["response"];
    let status = StatusCode::from_u16(response["status"].as_u64().unwrap() as u16).unwrap();
    let mut answer = match response.get("body") {
        Some(body) => (
            status,
            [("content-type", "application/json")],
            vars.resolve_json(body).to_string(),
        )
            .into_response(),
        None => (status, Body::empty()).into_response(),
    };
    for (name, value) in response["headers"].as_object().into_iter().flatten() {
        answer.headers_mut().insert(
            axum::http::HeaderName::from_bytes(name.as_bytes()).unwrap(),
            vars.resolve(value.as_str().unwrap()).parse().unwrap(),
        );
    }
    answer
}

/// Checks a request the runner sent against its interaction.
fn check_request(contract: &Value, seen: &Seen, vars: &Vars) {
    let interaction = interactions(contract)
        .iter()
        .find(|i| i["name"] == seen.interaction.as_str())
        .unwrap_or_else(|| {
            panic!(
                "the runner sent {} {}, which no interaction of the contract fits: {seen:#?}",
                seen.method, seen.path
            )
        });
    let request = &interaction["request"];
    for (name, example) in request["headers"].as_object().unwrap() {
        let actual = seen.headers.get(name).map(String::as_str).unwrap_or("");
        assert!(
            vars.matches(example.as_str().unwrap(), actual),
            "{}: header {name} is {actual:?}",
            seen.interaction
        );
    }
    if let Some(schema) = request["schema"].as_str() {
        validate(contract, schema, &seen.body)
            .unwrap_or_else(|e| panic!("{}: {e}", seen.interaction));
    } else {
        assert_eq!(
            seen.body,
            Value::Null,
            "{}: a body where none belongs",
            seen.interaction
        );
    }
}

async fn next_request(seen: &mut mpsc::UnboundedReceiver<Seen>) -> Seen {
    tokio::time::timeout(DEADLINE, seen.recv())
        .await
        .expect("the runner sends a request in time")
        .unwrap()
}

#[tokio::test]
async fn the_runner_sends_only_what_the_contract_says_and_understands_its_answers() {
    let contract = contract();
    let joined = &interactions(&contract)[0]["response"]["body"];
    let vars = Vars {
        code: "K7QXMP".into(),
        learner: joined["learner"].to_string(),
        token: joined["token"].as_str().unwrap().into(),
    };
    let (sender, mut seen) = mpsc::unbounded_channel();
    let state = Arc::new(Stub {
        contract: contract.clone(),
        vars: Mutex::new(vars.clone()),
        seen: sender,
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let server = format!("127.0.0.1:{}", listener.local_addr().unwrap().port());
    let router = Router::new().fallback(stub).with_state(state.clone());
    tokio::spawn(async move { axum::serve(listener, router).await });
    let learner = Fixture::new();
    let mut exercised = Vec::new();

    // A wrong code: the runner says so, and keeps nothing.
    let refused = kata(
        learner.root(),
        &["join", &format!("{NOT_THE_CODE}@{server}"), "--name", "Ada"],
    )
    .await;
    let request = next_request(&mut seen).await;
    check_request(&contract, &request, &vars);
    exercised.push(request.interaction);
    refused.assert_clean_error("does not take the join code WRONG1");
    insta::assert_snapshot!(
        "join_refused",
        redact(&refused.stderr, learner.root()).replace(&server, "[SERVER]")
    );

    // A room at its cap, and an address that joins too fast: the runner
    // says so, and keeps nothing.
    for (name, expected) in [
        ("Full", "cannot take you now: the room is full"),
        (
            "Fast",
            "cannot take you now: too many joins from your address",
        ),
    ] {
        let refused = kata(
            learner.root(),
            &["join", &format!("{}@{server}", vars.code), "--name", name],
        )
        .await;
        let request = next_request(&mut seen).await;
        check_request(&contract, &request, &vars);
        exercised.push(request.interaction);
        refused.assert_clean_error(expected);
        assert!(!learner.path(".kata/classroom/joined.toml").exists());
    }

    kata(
        learner.root(),
        &["join", &format!("{}@{server}", vars.code), "--name", "Ada"],
    )
    .await
    .assert_success();
    let request = next_request(&mut seen).await;
    check_request(&contract, &request, &vars);
    exercised.push(request.interaction);

    // A check: its report, sent in the background.
    kata(learner.root(), &["check", "01"]).await;
    let request = next_request(&mut seen).await;
    check_request(&contract, &request, &vars);
    assert_eq!(request.body["kata"], "01");
    exercised.push(request.interaction);

    // A quiz answer, sent in the background: the question's and the
    // choice's ids.
    kata_input(learner.root(), &["quiz", "02"], "2\n")
        .await
        .assert_success();
    let request = next_request(&mut seen).await;
    check_request(&contract, &request, &vars);
    assert_eq!(request.body["question"], "02/which-catch");
    assert_eq!(request.body["choices"], serde_json::json!(["zero"]));
    exercised.push(request.interaction);

    // The concept check asks the room its round first (the contract's
    // example: the before round), then asks; the input ends at once.
    learner.write(
        "quizzes/concept-check.toml",
        include_str!("../fixtures/concept-check.toml"),
    );
    let concept = kata_input(learner.root(), &["quiz", "--concept-check"], "").await;
    concept.assert_success();
    assert!(
        concept
            .stdout
            .contains("Concept check, the before round in the classroom"),
        "{concept}"
    );
    let request = next_request(&mut seen).await;
    check_request(&contract, &request, &vars);
    exercised.push(request.interaction);

    kata(learner.root(), &["doctor"]).await;
    let request = next_request(&mut seen).await;
    check_request(&contract, &request, &vars);
    exercised.push(request.interaction);

    // The room was started anew: reports are refused for good, dropped,
    // and the next check says so.
    state.vars.lock().unwrap().code = "NEWROOM".into();
    let stale = Vars {
        code: "NEWROOM".into(),
        ..vars.clone()
    };
    kata(learner.root(), &["check", "01"]).await;
    let request = next_request(&mut seen).await;
    check_request(&contract, &request, &stale);
    exercised.push(request.interaction);
    let note = learner.path(".kata/classroom/undelivered.txt");
    let deadline = std::time::Instant::now() + DEADLINE;
    while !note.exists() {
        assert!(
            std::time::Instant::now() < deadline,
            "no line about the refused report"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let next = kata(learner.root(), &["check", "01"]).await;
    assert!(
        next.stdout.contains("refused the report of kata 01"),
        "{next}"
    );
    next_request(&mut seen).await; // that check's own report
    state.vars.lock().unwrap().code = vars.code.clone();

    kata(learner.root(), &["leave"]).await.assert_success();
    let request = next_request(&mut seen).await;
    check_request(&contract, &request, &vars);
    exercised.push(request.interaction);

    let all: Vec<&str> = interactions(&contract)
        .iter()
        .map(|i| i["name"].as_str().unwrap())
        .collect();
    let mut exercised: Vec<&str> = exercised.iter().map(String::as_str).collect();
    exercised.sort();
    let mut all_sorted = all.clone();
    all_sorted.sort();
    assert_eq!(
        exercised, all_sorted,
        "the runner uses every interaction of the contract"
    );
}

#[tokio::test]
async fn the_server_answers_every_request_of_the_contract_as_it_says() {
    let contract = contract();
    let course = Fixture::new();
    // A room of one learner, and three joins a minute: the contract's
    // first join fills it, and its fourth is one too many.
    let server = Server::start(
        course.root(),
        &[
            "--port",
            "0",
            "--max-learners",
            "1",
            "--joins-per-minute",
            "3",
        ],
    );
    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let mut vars = Vars {
        code: server.code.clone(),
        learner: String::new(),
        token: String::new(),
    };
    for interaction in interactions(&contract) {
        let name = interaction["name"].as_str().unwrap();
        let request = &interaction["request"];
        let url = server.url(&vars.resolve(request["path"].as_str().unwrap()));
        let method =
            reqwest::Method::from_bytes(request["method"].as_str().unwrap().as_bytes()).unwrap();
        let mut call = client.request(method, url);
        for (header, value) in request["headers"].as_object().unwrap() {
            call = call.header(header.as_str(), vars.resolve(value.as_str().unwrap()));
        }
        if let Some(body) = request.get("body") {
            let body = vars.resolve_json(body);
            if let Some(schema) = request["schema"].as_str() {
                // The contract's own examples fit its schemas.
                validate(&contract, schema, &body).unwrap_or_else(|e| panic!("{name}: {e}"));
            }
            call = call.json(&body);
        }
        let response = call.send().await.unwrap();
        for (header, example) in interaction["response"]["headers"]
            .as_object()
            .into_iter()
            .flatten()
        {
            let actual = response
                .headers()
                .get(header.as_str())
                .unwrap_or_else(|| panic!("{name}: no {header} header"))
                .to_str()
                .unwrap();
            match example.as_str().unwrap() {
                "{seconds}" => assert!(
                    actual.parse::<u64>().is_ok_and(|seconds| seconds >= 1),
                    "{name}: {header} is {actual:?}, not a number of seconds"
                ),
                example => assert_eq!(actual, vars.resolve(example), "{name}: {header}"),
            }
        }
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        let expected = &interaction["response"];
        assert_eq!(
            u64::from(status),
            expected["status"].as_u64().unwrap(),
            "{name}: {text}"
        );
        match expected["schema"].as_str() {
            Some(schema) => {
                let body: Value = serde_json::from_str(&text)
                    .unwrap_or_else(|_| panic!("{name}: the answer is not JSON: {text}"));
                validate(&contract, schema, &body).unwrap_or_else(|e| panic!("{name}: {e}"));
                if let Some(code) = expected["body"]["error"].as_str() {
                    assert_eq!(body["error"], code, "{name}");
                }
                if name == "a learner joins with the room's code" {
                    vars.learner = body["learner"].to_string();
                    vars.token = body["token"].as_str().unwrap().to_string();
                }
            }
            None => assert!(
                text.is_empty(),
                "{name}: no body is promised, and {text:?} came"
            ),
        }
    }
}
