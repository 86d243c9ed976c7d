//! A room that cannot be flooded: joins past the room's cap, or faster than
//! an address may join, get a clear 429 (the API's JSON error, with
//! `Retry-After` for the rate), never a 5xx and never a dropped connection;
//! the server's terminal gets one line per kind of refusal, not one per
//! request; and the runner says both in plain words.

use std::time::Instant;

use insta::assert_snapshot;
use serde_json::{Value, json};

use crate::helpers::{Fixture, redact};
use crate::room::{Api, Server, kata};

/// What one join came to: its status, its `Retry-After`, its body.
#[derive(Debug)]
struct Joined {
    status: u16,
    retry_after: Option<String>,
    body: Value,
}

/// `count` joins at once, each on a connection of its own, as a script
/// that floods the room would send them. A connection that is dropped, or
/// never answered, fails the test here.
async fn flood(api: &Api, count: usize) -> Vec<Joined> {
    let tasks: Vec<_> = (0..count)
        .map(|n| {
            let api = api.clone();
            tokio::spawn(async move {
                let client = reqwest::Client::builder()
                    .no_proxy()
                    .pool_max_idle_per_host(0)
                    .timeout(crate::room::DEADLINE)
                    .build()
                    .unwrap();
                let response = client
                    .post(format!("{}/api/join", api.base))
                    .json(&json!({"code": api.code, "name": format!("bot {n}")}))
                    .send()
                    .await
                    .unwrap_or_else(|error| panic!("join {n}: no answer ({error})"));
                let status = response.status().as_u16();
                let retry_after = response
                    .headers()
                    .get("retry-after")
                    .map(|v| v.to_str().unwrap().to_string());
                let body = response
                    .json::<Value>()
                    .await
                    .unwrap_or_else(|error| panic!("join {n}: the answer is not JSON ({error})"));
                Joined {
                    status,
                    retry_after,
                    body,
                }
            })
        })
        .collect();
    let mut joins = Vec::new();
    for task in tasks {
        joins.push(task.await.unwrap());
    }
    joins
}

fn refusal_lines(printed: &str, words: &str) -> usize {
    printed
        .lines()
        .filter(|line| line.contains("Refused") && line.contains(words))
        .count()
}

#[tokio::test]
async fn a_flood_of_joins_stops_at_the_rooms_cap() {
    let course = Fixture::new();
    let server = Server::start(
        course.root(),
        &[
            "--port",
            "0",
            "--max-learners",
            "5",
            "--joins-per-minute",
            "1000",
        ],
    );
    let api = server.api();

    let joins = flood(&api, 40).await;

    assert!(joins.iter().all(|j| j.status < 500), "{joins:#?}");
    let joined = joins.iter().filter(|j| j.status == 201).count();
    assert_eq!(joined, 5, "the cap, exactly: {joins:#?}");
    for refused in joins.iter().filter(|j| j.status != 201) {
        assert_eq!(refused.status, 429, "{refused:?}");
        assert_eq!(refused.body["error"], "room_full", "{refused:?}");
        assert!(
            refused.body["message"]
                .as_str()
                .unwrap()
                .contains("it takes 5 learners"),
            "{refused:?}"
        );
        assert_eq!(refused.retry_after, None, "waiting does not empty a room");
    }
    let room = api.room().await;
    assert_eq!(room["learners"].as_array().unwrap().len(), 5);
    assert_eq!(room["refused"]["room_full"], 35, "the page counts them");
    assert_eq!(
        refusal_lines(&server.printed(), "the room is full"),
        1,
        "one line for the kind, not one per request:\n{}",
        server.printed()
    );
}

#[tokio::test]
async fn a_flood_of_joins_from_one_address_stops_at_its_rate_with_retry_after() {
    let course = Fixture::new();
    // The defaults: 60 learners, 10 joins a minute from one address.
    let server = Server::start(course.root(), &["--port", "0"]);
    let api = server.api();
    let started = Instant::now();

    let joins = flood(&api, 30).await;

    // A join comes back every six seconds: on a machine slow enough to
    // take that long, one more got in.
    let allowed = 10 + started.elapsed().as_secs() as usize / 6;
    assert!(joins.iter().all(|j| j.status < 500), "{joins:#?}");
    let joined = joins.iter().filter(|j| j.status == 201).count();
    assert!(
        (10..=allowed).contains(&joined),
        "a burst of ten, then one every six seconds: {joined} joined"
    );
    for refused in joins.iter().filter(|j| j.status != 201) {
        assert_eq!(refused.status, 429, "{refused:?}");
        assert_eq!(refused.body["error"], "too_many_joins", "{refused:?}");
        let seconds: u64 = refused
            .retry_after
            .as_deref()
            .expect("Retry-After on a refusal for the rate")
            .parse()
            .expect("Retry-After in whole seconds");
        assert!((1..=6).contains(&seconds), "{refused:?}");
    }
    // A join with the wrong code counts too: guessing codes is as slow.
    let (status, body) = api
        .send(
            api.client
                .post(format!("{}/api/join", api.base))
                .json(&json!({"code": "WRONG1", "name": "guess"})),
        )
        .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (429, Some("too_many_joins"))
    );
    let room = api.room().await;
    assert_eq!(room["learners"].as_array().unwrap().len(), joined);
    assert_eq!(
        refusal_lines(&server.printed(), "joins a minute from one address"),
        1,
        "{}",
        server.printed()
    );
}

#[tokio::test]
async fn the_runner_says_in_plain_words_that_the_room_is_full_or_that_it_joins_too_fast() {
    let learner = Fixture::new();
    let full_room = Fixture::new();
    let full = Server::start(full_room.root(), &["--port", "0", "--max-learners", "1"]);
    full.api().join("Ada").await;
    let fast_room = Fixture::new();
    let fast = Server::start(
        fast_room.root(),
        &["--port", "0", "--joins-per-minute", "1"],
    );
    fast.api().join("Ada").await;

    let refused_full = kata(learner.root(), &["join", &full.join, "--name", "Bo"]).await;
    let refused_fast = kata(learner.root(), &["join", &fast.join, "--name", "Bo"]).await;

    refused_full.assert_clean_error("the room is full");
    refused_fast.assert_clean_error("too many joins");
    let shown = [(&refused_full, &full), (&refused_fast, &fast)]
        .iter()
        .map(|(run, server)| {
            redact(&run.stderr, learner.root())
                .replace(&format!("127.0.0.1:{}", server.port), "[SERVER]")
        })
        .collect::<Vec<_>>()
        .join("");
    assert_snapshot!("join_refused_full_then_too_fast", seconds_redacted(&shown));
    assert!(
        !learner.path(".kata/classroom/joined.toml").exists(),
        "a refused join keeps nothing"
    );
}

/// "try again in 60 seconds": how many depends on how long the test took.
fn seconds_redacted(text: &str) -> String {
    let marker = "try again in ";
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(marker) {
        out.push_str(&rest[..at + marker.len()]);
        rest = rest[at + marker.len()..].trim_start_matches(|c: char| c.is_ascii_digit());
        out.push_str("[N]");
    }
    out.push_str(rest);
    out
}
