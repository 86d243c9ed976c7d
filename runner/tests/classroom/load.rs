//! The load test: a room of 100 learners, each reporting every 2 seconds
//! for a minute, on a new connection each time (as each `check` starts a new
//! sender), while the instructor's event stream is open. It prints the
//! reports sent, stored and lost (the goal is none) and the latency, and
//! fails if one was lost. Loopback only, bounded in count and time.
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
use crate::room::{Learner, Server, now_ms, report};

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

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
#[ignore = "a load test: a minute long; run it by hand (see the top of load.rs)"]
async fn a_hundred_learners_reporting_every_two_seconds_for_a_minute() {
    let learners = setting("CLASSROOM_LOAD_LEARNERS", 100, 500);
    let seconds = setting("CLASSROOM_LOAD_SECONDS", 60, 300);
    let every = Duration::from_secs(2);
    let course = Fixture::new();
    let server = Server::start(course.root(), &["--port", "0"]);
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

    let mut joined: Vec<Learner> = Vec::new();
    for n in 0..learners {
        joined.push(api.join(&format!("learner {n:03}")).await);
    }
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
                let result = match answer {
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
                };
                results.push(result);
            }
        }));
    }
    let mut latencies = Vec::new();
    let (mut not_stored, mut failures) = (0u64, Vec::new());
    for task in tasks {
        for result in task.await.unwrap() {
            match result {
                Sent::Stored(took) => latencies.push(took),
                Sent::NotStored(took) => {
                    not_stored += 1;
                    latencies.push(took);
                }
                Sent::Failed(why) => failures.push(why),
            }
        }
    }
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
    let at = |q: f64| {
        latencies
            .get(((latencies.len() as f64 - 1.0) * q).round() as usize)
            .copied()
            .unwrap_or_default()
    };
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
