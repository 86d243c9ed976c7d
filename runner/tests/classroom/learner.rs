//! The learner's side, through the real runner: `join`, then `check` and
//! `watch` on a real kata in a scratch copy of a course, reporting to a
//! real server in another one (the instructor's laptop), watched through
//! the page's event stream.

use std::io::{BufRead, BufReader, Write};
use std::net::{Ipv4Addr, TcpListener};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use insta::{assert_json_snapshot, assert_snapshot};

use crate::helpers::{Fixture, redact};
use crate::room::{DEADLINE, Server, cell, kata};

const SOLVED_ADD: &str = "pub fn add(a: i32, b: i32) -> i32 {\n    a + b\n}\n";

/// A course for the instructor, with the server running in it, and one for
/// the learner, joined to it as `name`.
async fn joined(name: &str) -> (Fixture, Server, Fixture) {
    let room = Fixture::new();
    let server = Server::start(room.root(), &["--port", "0"]);
    let learner = Fixture::new();
    kata(learner.root(), &["join", &server.join, "--name", name])
        .await
        .assert_success();
    (room, server, learner)
}

fn redact_server(text: &str, server: &Server, course: &Path) -> String {
    redact(text, course)
        .replace(&format!("127.0.0.1:{}", server.port), "[SERVER]")
        .replace(&server.code, "[CODE]")
}

#[tokio::test]
async fn after_join_each_check_reports_the_kata_its_status_and_its_failing_tests() {
    let room = Fixture::new();
    let server = Server::start(room.root(), &["--port", "0"]);
    let learner = Fixture::new();
    let api = server.api();
    let mut events = api.events().await;

    let join = kata(learner.root(), &["join", &server.join, "--name", "Ada"]).await;
    join.assert_success();
    assert_snapshot!("join", redact_server(&join.stdout, &server, learner.root()));
    // The learner appears on the page as soon as they join, before any check.
    events
        .until("Ada, who joined", |room| {
            room["learners"][0]["name"] == "Ada"
        })
        .await;

    let check = kata(learner.root(), &["check", "01"]).await;
    assert_eq!(check.code, Some(1), "{check}");
    let failing = events
        .until("Ada failing kata 01", |room| {
            cell(room, "Ada", "01").is_some_and(|c| c["status"] == "failing")
        })
        .await;
    let failing = cell(&failing, "Ada", "01").unwrap().clone();

    learner.write("katas/kata-01-add/src/lib.rs", SOLVED_ADD);
    kata(learner.root(), &["check", "01"])
        .await
        .assert_success();
    let done = events
        .until("Ada done with kata 01", |room| {
            cell(room, "Ada", "01").is_some_and(|c| c["status"] == "done")
        })
        .await;
    let done = cell(&done, "Ada", "01").unwrap().clone();

    assert_json_snapshot!(
        "two_checks_of_kata_01",
        serde_json::json!({"failing": failing, "then done": done}),
        {".*.reported_at" => "[time]", ".*.stuck.since" => "[time]"}
    );
    assert!(
        server.printed().contains("Joined Ada"),
        "{}",
        server.printed()
    );
}

#[tokio::test]
async fn a_write_the_tests_kata_reports_how_many_mutants_the_tests_catch() {
    let (_room, server, learner) = joined("Bo").await;
    let mut events = server.api().events().await;
    // A test that runs the code and checks nothing: it passes, and catches
    // no mutant.
    learner.write(
        "katas/kata-02-double/tests/double.rs",
        "#[test]\nfn doubles() {\n    let _ = kata_02::double(3);\n}\n",
    );
    assert_eq!(kata(learner.root(), &["check", "02"]).await.code, Some(1));
    let weak = events
        .until("Bo's tests passing with a mutant alive", |room| {
            cell(room, "Bo", "02").is_some_and(|c| c["status"] == "tests-pass")
        })
        .await;
    assert_eq!(
        cell(&weak, "Bo", "02").unwrap()["mutants"],
        serde_json::json!({"caught": 0, "total": 1})
    );

    learner.write(
        "katas/kata-02-double/tests/double.rs",
        "#[test]\nfn doubles() {\n    assert_eq!(kata_02::double(3), 6);\n}\n",
    );
    kata(learner.root(), &["check", "02"])
        .await
        .assert_success();
    let strong = events
        .until("Bo done with kata 02", |room| {
            cell(room, "Bo", "02").is_some_and(|c| c["status"] == "done")
        })
        .await;
    assert_eq!(
        cell(&strong, "Bo", "02").unwrap()["mutants"],
        serde_json::json!({"caught": 1, "total": 1})
    );
}

/// What a report must never carry: the learner's code, what their tests
/// printed, paths on their laptop. Looked for in the room and in the bytes
/// of the server's database itself.
#[tokio::test]
async fn a_report_carries_no_code_no_test_output_and_no_path() {
    let (room, server, learner) = joined("Cy").await;
    let mut events = server.api().events().await;
    learner.write(
        "katas/kata-01-add/src/lib.rs",
        "pub fn add(a: i32, b: i32) -> i32 {\n    \
         let secret_variable = a - b;\n    \
         panic!(\"PRIVATE-MESSAGE {secret_variable}\")\n}\n",
    );
    assert_eq!(kata(learner.root(), &["check", "01"]).await.code, Some(1));
    let seen = events
        .until("Cy failing kata 01", |room| {
            cell(room, "Cy", "01").is_some()
        })
        .await;
    assert_eq!(
        cell(&seen, "Cy", "01").unwrap()["failing"],
        serde_json::json!(["adds"])
    );

    let learner_path = learner.root().display().to_string();
    let mut stored = seen.to_string().into_bytes();
    for file in ["room.sqlite", "room.sqlite-wal"] {
        stored.extend(
            std::fs::read(room.path(&format!(".kata/classroom/{file}"))).unwrap_or_default(),
        );
    }
    let stored = String::from_utf8_lossy(&stored);
    for private in [
        "PRIVATE-MESSAGE",
        "secret_variable",
        "fn add",
        learner_path.as_str(),
    ] {
        assert!(!stored.contains(private), "the room holds {private:?}");
    }
}

#[tokio::test]
async fn leave_stops_reporting_and_takes_the_learner_off_the_page() {
    let (_room, server, learner) = joined("Di").await;
    let mut events = server.api().events().await;
    kata(learner.root(), &["check", "01"]).await;
    events
        .until("Di on kata 01", |room| cell(room, "Di", "01").is_some())
        .await;

    let leave = kata(learner.root(), &["leave"]).await;
    leave.assert_success();
    assert_snapshot!(
        "leave",
        redact_server(&leave.stdout, &server, learner.root())
    );
    events
        .until("Di gone", |room| {
            room["learners"].as_array().unwrap().is_empty()
        })
        .await;

    kata(learner.root(), &["check", "01"]).await;
    for kept in ["joined.toml", "outbox"] {
        assert!(
            !learner.path(&format!(".kata/classroom/{kept}")).exists(),
            "after leave, a check keeps nothing to send ({kept})"
        );
    }
    let again = kata(learner.root(), &["leave"]).await;
    again.assert_success();
    assert!(again.stdout.contains("Not joined"), "{again}");
}

/// The server is gone (stopped, or its laptop asleep): the check is the
/// same as without a classroom; its report is dropped after a few tries,
/// and the next check says so in one quiet line.
#[tokio::test]
async fn a_server_that_is_down_is_not_an_error_for_the_learner() {
    let (_room, mut server, learner) = joined("Ed").await;
    let alone = Fixture::new();
    let without = kata(alone.root(), &["check", "01"]).await;
    server.kill();

    let check = kata(learner.root(), &["check", "01"]).await;

    assert_eq!(check.code, without.code, "{check}");
    assert_eq!(
        redact(&check.stdout, learner.root()),
        redact(&without.stdout, alone.root()),
        "the check says what it says without a classroom"
    );
    assert!(
        check.stderr.lines().all(|l| !l.contains("error")),
        "{check}"
    );

    // The sender tries three times, then leaves its line for the next check.
    wait_for_file(&learner.path(".kata/classroom/undelivered.txt")).await;
    let next = kata(learner.root(), &["check", "01"]).await;
    assert_eq!(next.code, without.code);
    let extra = redact_server(&next.stdout, &server, learner.root())
        .strip_prefix(&redact(&without.stdout, alone.root()))
        .map(str::to_string)
        .unwrap_or_else(|| panic!("the check changed beyond one line\n{next}"));
    assert_snapshot!("the_quiet_line", extra);
    // The report was kept, to go again with the next check.
    assert!(
        std::fs::read_dir(learner.path(".kata/classroom/outbox"))
            .unwrap()
            .count()
            >= 1,
        "the latest state waits in the outbox"
    );
}

/// A server that takes the connection and never answers: the check ends at
/// once anyway, while the sender is still waiting in the background.
#[tokio::test]
async fn a_server_that_never_answers_does_not_hold_up_a_check() {
    let (_room, server, learner) = joined("Flo").await;
    kata(learner.root(), &["check", "01"]).await; // built once, and reported
    let silent = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    let joined_file = learner.path(".kata/classroom/joined.toml");
    let text = std::fs::read_to_string(&joined_file).unwrap();
    let silent_address = format!("127.0.0.1:{}", silent.local_addr().unwrap().port());
    std::fs::write(
        &joined_file,
        text.replace(&format!("127.0.0.1:{}", server.port), &silent_address),
    )
    .unwrap();
    let outbox = learner.path(".kata/classroom/outbox");

    let started = Instant::now();
    let check = kata(learner.root(), &["check", "01"]).await;
    let took = started.elapsed();

    assert_eq!(check.code, Some(1), "{check}");
    // The check is over; the sender has connected and is waiting for an
    // answer that never comes (its limit is 2 seconds a try, three tries).
    let (accepted, connection) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = accepted.send(silent.accept().map(|(stream, _)| stream));
    });
    let _held = connection
        .recv_timeout(DEADLINE)
        .expect("the sender connects")
        .unwrap();
    assert!(
        std::fs::read_dir(&outbox).unwrap().count() >= 1,
        "the report is still waiting to be sent"
    );
    assert!(
        !learner.path(".kata/classroom/undelivered.txt").exists(),
        "the sender has not given up yet: the check did not wait for it (it took {took:?})"
    );
}

#[tokio::test]
async fn watch_reports_every_check_it_runs() {
    let (_room, server, learner) = joined("Gus").await;
    let mut events = server.api().events().await;
    let mut watch = Command::new(env!("CARGO_BIN_EXE_kata"))
        .args(["watch", "01", "--manual"])
        .current_dir(learner.root())
        .env_remove("CARGO_TARGET_DIR")
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut keys = watch.stdin.take().unwrap();
    let stdout = watch.stdout.take().unwrap();
    let (sender, lines) = mpsc::channel::<String>();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = sender.send(line);
        }
    });
    let failing = events
        .until("Gus failing kata 01", |room| {
            cell(room, "Gus", "01").is_some_and(|c| c["status"] == "failing")
        })
        .await;
    assert_eq!(cell(&failing, "Gus", "01").unwrap()["checks"], 1);

    learner.write("katas/kata-01-add/src/lib.rs", SOLVED_ADD);
    writeln!(keys, "r").unwrap();
    let done = events
        .until("Gus done with kata 01", |room| {
            cell(room, "Gus", "01").is_some_and(|c| c["status"] == "done")
        })
        .await;
    assert_eq!(cell(&done, "Gus", "01").unwrap()["checks"], 2);

    writeln!(keys, "q").unwrap();
    let status = watch.wait().unwrap();
    assert!(status.success(), "watch ended with {status}");
    let printed: Vec<String> = lines.try_iter().collect();
    assert!(
        printed
            .iter()
            .any(|l| l.contains("Passed the kata's one test")),
        "{printed:#?}"
    );
}

/// Polls for a file that a background process writes, up to the deadline.
async fn wait_for_file(path: &Path) {
    let deadline = Instant::now() + DEADLINE;
    while !path.exists() {
        assert!(
            Instant::now() < deadline,
            "{} never appeared",
            path.display()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
