//! The load tests, ignored (run by hand):
//!
//! - a room of 100 learners, each reporting every 2 seconds for a minute,
//!   on a new connection each time (as each `check` starts a new sender),
//!   while the instructor's event stream is open;
//! - the same room answering one question the instructor asked, all 100
//!   within 10 seconds.
//!
//! Each prints what was sent, stored and lost (the goal is none) and the
//! latency, and fails if anything was lost. Loopback only, bounded in count
//! and time.
//!
//! ```console
//! cargo test -p kata-runner --test classroom load -- --ignored --nocapture
//! CLASSROOM_LOAD_LEARNERS=40 CLASSROOM_LOAD_SECONDS=20 cargo test ... (a smaller room)
//! ```

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::helpers::Fixture;
use crate::room::{Api, Learner, Server, answer, now_ms, report};

fn setting(name: &str, default: u64, max: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
        .min(max)
}

/// Reports stored in a room: every cell counts its checks.
fn stored_in(room: &Value) -> u64 {
    room["learners"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|l| l["katas"].as_array().unwrap())
        .map(|c| c["checks"].as_u64().unwrap())
        .sum()
}

enum Sent {
    Stored(Duration),
    /// Answered, and not stored: a bug here, since every report is newer.
    NotStored(Duration),
    Failed(String),
}

impl Sent {
    /// What became of one request sent at `sent`: stored (the server says
    /// so in its JSON), answered but not stored, or failed.
    async fn of(answer: reqwest::Result<reqwest::Response>, sent: Instant) -> Sent {
        match answer {
            Ok(response) if response.status() == 200 => {
                let took = sent.elapsed();
                match response.json::<Value>().await {
                    Ok(answer) if answer["stored"] == true => Sent::Stored(took),
                    Ok(_) => Sent::NotStored(took),
                    Err(error) => Sent::Failed(error.to_string()),
                }
            }
            Ok(response) => Sent::Failed(format!("status {}", response.status())),
            Err(error) => Sent::Failed(error.to_string()),
        }
    }
}

/// The requests' outcomes summed up: every latency (stored or not), how
/// many were answered but not stored, and why each failure failed.
struct Tally {
    latencies: Vec<Duration>,
    not_stored: u64,
    failures: Vec<String>,
}

impl Tally {
    fn of(results: impl IntoIterator<Item = Sent>) -> Tally {
        let mut tally = Tally {
            latencies: Vec::new(),
            not_stored: 0,
            failures: Vec::new(),
        };
        for result in results {
            match result {
                Sent::Stored(took) => tally.latencies.push(took),
                Sent::NotStored(took) => {
                    tally.not_stored += 1;
                    tally.latencies.push(took);
                }
                Sent::Failed(why) => tally.failures.push(why),
            }
        }
        tally
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
#[ignore = "a load test: a minute long; run it by hand (see the top of load.rs)"]
async fn a_hundred_learners_reporting_every_two_seconds_for_a_minute() {
    let learners = setting("CLASSROOM_LOAD_LEARNERS", 100, 500);
    let seconds = setting("CLASSROOM_LOAD_SECONDS", 60, 300);
    let every = Duration::from_secs(2);
    let course = Fixture::new();
    let server = start_room(&course, learners);
    let api = server.api();

    // The page's stream, open throughout: it counts the events it gets and
    // keeps the last room.
    let mut events = api.events().await;
    let (last_sender, mut last_room) = tokio::sync::watch::channel(Value::Null);
    let received = Arc::new(AtomicU64::new(0));
    let counter = Arc::clone(&received);
    let watcher = tokio::spawn(async move {
        loop {
            let room = events.next().await;
            counter.fetch_add(1, Ordering::Relaxed);
            let _ = last_sender.send(room);
        }
    });

    let joined = join_all(&api, learners).await;
    let started = Instant::now();
    let end = started + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for (n, learner) in joined.into_iter().enumerate() {
        let api = api.clone();
        // Spread over the two seconds, as a room's checks are.
        let offset = every.mul_f64(n as f64 / learners as f64);
        tasks.push(tokio::spawn(async move {
            // A new connection for each report, like each check's sender.
            let client = reqwest::Client::builder()
                .no_proxy()
                .pool_max_idle_per_host(0)
                .timeout(Duration::from_secs(10))
                .build()
                .unwrap();
            let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + offset, every);
            let mut results = Vec::new();
            let mut last_at = 0;
            let mut round = 0usize;
            loop {
                ticks.tick().await;
                if Instant::now() >= end {
                    return results;
                }
                round += 1;
                let kata = ["01", "02", "03"][round % 3];
                let at = now_ms().max(last_at + 1);
                last_at = at;
                let body = if round.is_multiple_of(2) {
                    report(kata, "done", 3, 3, &[], at)
                } else {
                    report(
                        kata,
                        "failing",
                        1,
                        3,
                        &["module::a_test", "module::another"],
                        at,
                    )
                };
                let sent = Instant::now();
                let answer = client
                    .post(format!("{}/api/learners/{}/reports", api.base, learner.id))
                    .header("x-join-code", &api.code)
                    .bearer_auth(&learner.token)
                    .json(&body)
                    .send()
                    .await;
                results.push(Sent::of(answer, sent).await);
            }
        }));
    }
    let mut results = Vec::new();
    for task in tasks {
        results.extend(task.await.unwrap());
    }
    let Tally {
        mut latencies,
        not_stored,
        failures,
    } = Tally::of(results);
    let elapsed = started.elapsed();
    let sent = latencies.len() as u64 + failures.len() as u64;
    let stored = stored_in(&api.room().await);
    // The stream catches up with the last report.
    let streamed = tokio::time::timeout(Duration::from_secs(30), async {
        loop {
            let room = last_room.borrow_and_update().clone();
            if !room.is_null() && stored_in(&room) == stored {
                return;
            }
            last_room.changed().await.unwrap();
        }
    })
    .await
    .is_ok();
    watcher.abort();

    latencies.sort();
    let at = |q: f64| quantile(&latencies, q);
    let lost = sent.saturating_sub(stored);
    println!(
        "\nclassroom load: {learners} learners, a report every {}s each, for {:.1}s",
        every.as_secs(),
        elapsed.as_secs_f64()
    );
    println!("  reports sent     {sent}");
    println!("  stored           {stored}");
    println!("  lost             {lost}");
    println!("  answered, not stored  {not_stored}");
    println!("  failed requests  {}", failures.len());
    println!(
        "  latency          p50 {:.1} ms · p99 {:.1} ms · max {:.1} ms",
        at(0.50).as_secs_f64() * 1000.0,
        at(0.99).as_secs_f64() * 1000.0,
        at(1.0).as_secs_f64() * 1000.0
    );
    let events = received.load(Ordering::Relaxed);
    if streamed {
        println!(
            "  event stream     open throughout, {events} room events; the last one holds every stored report"
        );
    } else {
        println!(
            "  event stream     {events} room events, and it did NOT catch up with the last report"
        );
    }
    if let Some(first) = failures.first() {
        println!("  first failure    {first}");
    }
    assert_eq!(lost, 0, "reports were lost");
    assert!(
        failures.is_empty() && not_stored == 0,
        "every report is stored"
    );
    assert!(streamed, "the page's stream shows the last state");
}

/// A server that lets the load test's learners in: they all join from
/// 127.0.0.1, at once.
fn start_room(course: &Fixture, learners: u64) -> Server {
    let max = learners.to_string();
    Server::start(
        course.root(),
        &[
            "--port",
            "0",
            "--max-learners",
            &max,
            "--joins-per-minute",
            "100000",
        ],
    )
}

/// The figures of a run: latencies sorted, and the quantile `q` of them.
fn quantile(latencies: &[Duration], q: f64) -> Duration {
    latencies
        .get(((latencies.len() as f64 - 1.0) * q).round() as usize)
        .copied()
        .unwrap_or_default()
}

/// Joins `count` learners, named `learner NNN`.
async fn join_all(api: &Api, count: u64) -> Vec<Learner> {
    let mut joined = Vec::new();
    for n in 0..count {
        joined.push(api.join(&format!("learner {n:03}")).await);
    }
    joined
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
#[ignore = "a load test: run it by hand (see the top of load.rs)"]
async fn a_hundred_learners_answering_one_question_within_ten_seconds() {
    let learners = setting("CLASSROOM_LOAD_LEARNERS", 100, 500);
    let window = Duration::from_secs(10);
    let course = Fixture::new();
    let server = start_room(&course, learners);
    let api = server.api();
    let mut events = api.events().await;
    let joined = join_all(&api, learners).await;
    // Chapter 2's `which-catch` (pick all of `four` and `zero`; `zero` is
    // right): learner n picks `four`, `zero` or both, by n % 3.
    let poll = api.ask("02/which-catch").await;
    let picks = |n: u64| -> Vec<&'static str> {
        match n % 3 {
            0 => vec!["four"],
            1 => vec!["zero"],
            _ => vec!["four", "zero"],
        }
    };
    let expected_four = (0..learners)
        .filter(|n| picks(*n).contains(&"four"))
        .count() as u64;
    let expected_zero = (0..learners)
        .filter(|n| picks(*n).contains(&"zero"))
        .count() as u64;
    let expected_right = (0..learners).filter(|n| picks(*n) == ["zero"]).count() as u64;

    let started = Instant::now();
    let mut tasks = Vec::new();
    for (n, learner) in joined.into_iter().enumerate() {
        let api = api.clone();
        let n = n as u64;
        // Spread over the ten seconds, as a room answers.
        let at = tokio::time::Instant::now() + window.mul_f64(n as f64 / learners as f64);
        let body = answer("02/which-catch", &picks(n), Some(poll), None);
        tasks.push(tokio::spawn(async move {
            tokio::time::sleep_until(at).await;
            // A connection of its own, like each answer's sender.
            let client = reqwest::Client::builder()
                .no_proxy()
                .pool_max_idle_per_host(0)
                .timeout(Duration::from_secs(10))
                .build()
                .unwrap();
            let sent = Instant::now();
            let answered = client
                .post(format!("{}/api/learners/{}/answers", api.base, learner.id))
                .header("x-join-code", &api.code)
                .bearer_auth(&learner.token)
                .json(&body)
                .send()
                .await;
            Sent::of(answered, sent).await
        }));
    }
    let mut results = Vec::new();
    for task in tasks {
        results.push(task.await.unwrap());
    }
    let Tally {
        mut latencies,
        not_stored,
        failures,
    } = Tally::of(results);
    let elapsed = started.elapsed();
    let sent = latencies.len() as u64 + failures.len() as u64;
    let room = api.room().await;
    let bars = &room["quiz"]["poll"];
    let stored = bars["answered"].as_u64().unwrap();
    let counts: Vec<u64> = bars["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["count"].as_u64().unwrap())
        .collect();
    // The page's stream shows the same bars.
    let streamed = tokio::time::timeout(Duration::from_secs(30), async {
        loop {
            let seen = events.next().await;
            if seen["quiz"]["poll"]["answered"] == stored {
                return seen["quiz"]["poll"]["choices"].clone();
            }
        }
    })
    .await
    .ok();

    latencies.sort();
    let lost = sent.saturating_sub(stored);
    println!(
        "\nclassroom load: {learners} learners answering one question asked of the room, within {}s (took {:.1}s)",
        window.as_secs(),
        elapsed.as_secs_f64()
    );
    println!("  answers sent     {sent}");
    println!("  stored           {stored}");
    println!("  lost             {lost}");
    println!("  answered, not stored  {not_stored}");
    println!("  failed requests  {}", failures.len());
    println!(
        "  latency          p50 {:.1} ms · p99 {:.1} ms · max {:.1} ms",
        quantile(&latencies, 0.50).as_secs_f64() * 1000.0,
        quantile(&latencies, 0.99).as_secs_f64() * 1000.0,
        quantile(&latencies, 1.0).as_secs_f64() * 1000.0
    );
    println!(
        "  bars             four {} (expected {expected_four}) · zero {} (expected {expected_zero}) · right {} (expected {expected_right})",
        counts[0], counts[1], bars["right"]
    );
    println!(
        "  event stream     {}",
        if streamed.is_some() {
            "its last room shows every answer"
        } else {
            "did NOT catch up with the last answer"
        }
    );
    if let Some(first) = failures.first() {
        println!("  first failure    {first}");
    }
    assert_eq!(lost, 0, "answers were lost");
    assert!(
        failures.is_empty() && not_stored == 0,
        "every answer is stored"
    );
    assert_eq!(stored, learners);
    assert_eq!(counts, [expected_four, expected_zero], "the bars are right");
    assert_eq!(bars["right"], expected_right);
    assert_eq!(
        streamed.expect("the page's stream shows the last answer"),
        bars["choices"]
    );
}
