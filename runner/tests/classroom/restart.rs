//! Restarting the server loses nothing: the room, its learners and their
//! latest states are in its SQLite file (WAL mode), and a learner's runner
//! sends again what did not get through while the server was down.

use serde_json::Value;

use crate::helpers::Fixture;
use crate::room::{Api, Server, answer, bars, cell, counts, kata, kata_input, now_ms, report};

async fn without_clock(api: &Api) -> Value {
    let mut room = api.room().await;
    room.as_object_mut().unwrap().remove("now");
    room
}

#[tokio::test]
async fn a_restarted_server_has_the_same_room_learners_and_latest_states() {
    let course = Fixture::new();
    let mut server = Server::start(course.root(), &["--port", "0", "--stuck-minutes", "0"]);
    let api = server.api();
    let ada = api.join("Ada").await;
    let bo = api.join("Bo").await;
    let at = now_ms();
    api.report(&ada, &report("01", "failing", 0, 1, &["adds"], at))
        .await;
    api.report(&ada, &report("01", "failing", 0, 1, &["adds"], at + 1))
        .await;
    api.report(&bo, &report("02", "done", 1, 1, &[], at)).await;
    // Quiz answers, a question asked of the room, names shown: all kept.
    let first = api
        .answer(&ada, &answer("02/which-catch", &["four"], None, None))
        .await;
    assert_eq!(first.0, 200, "{}", first.1);
    api.answer(&ada, &answer("02/which-catch", &["zero"], None, None))
        .await;
    let poll = api.ask("02/which-data").await;
    api.answer(&bo, &answer("02/which-data", &["zero"], Some(poll), None))
        .await;
    api.names(true).await;
    let before = without_clock(&api).await;
    assert_eq!(before["quiz"]["poll"]["answered"], 1);
    let (code, token, port) = (server.code.clone(), server.token.clone(), server.port);

    // Killed, as a crash or a laptop that runs out of battery would stop it.
    server.kill();
    let database = course.path(".kata/classroom/room.sqlite");
    let mode: String = rusqlite::Connection::open(&database)
        .unwrap()
        .query_row("PRAGMA journal_mode", [], |row| row.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    // No --port: it listens where the learners' runners send their reports.
    let again = Server::restart(course.root(), &["--stuck-minutes", "0"]);

    assert_eq!(
        (again.code.as_str(), again.token.as_str(), again.port),
        (code.as_str(), token.as_str(), port)
    );
    let api = again.api();
    assert_eq!(
        without_clock(&api).await,
        before,
        "the same room, to the stuck times"
    );
    // The learners' tokens still work.
    assert_eq!(
        api.report(&ada, &report("01", "done", 1, 1, &[], at + 2))
            .await
            .0,
        200
    );
    let room = api.room().await;
    assert_eq!(cell(&room, "Ada", "01").unwrap()["checks"], 3);
    // The poll is still open after the restart, and takes answers.
    assert_eq!(
        api.answer(&ada, &answer("02/which-data", &["four"], Some(poll), None))
            .await
            .0,
        200
    );
    assert_eq!(api.room().await["quiz"]["poll"]["answered"], 2);
}

#[tokio::test]
async fn what_a_learner_checked_while_the_server_was_down_reaches_it_after_the_restart() {
    let room = Fixture::new();
    let mut server = Server::start(room.root(), &["--port", "0"]);
    let learner = Fixture::new();
    kata(learner.root(), &["join", &server.join, "--name", "Ada"])
        .await
        .assert_success();
    kata(learner.root(), &["check", "01"]).await;
    server
        .api()
        .events()
        .await
        .until("Ada failing", |room| cell(room, "Ada", "01").is_some())
        .await;

    server.kill();
    learner.write(
        "katas/kata-01-add/src/lib.rs",
        "pub fn add(a: i32, b: i32) -> i32 {\n    a + b\n}\n",
    );
    kata(learner.root(), &["check", "01"])
        .await
        .assert_success();
    // The sender gives up (the server is down); the report stays.
    let note = learner.path(".kata/classroom/undelivered.txt");
    let deadline = std::time::Instant::now() + crate::room::DEADLINE;
    while !note.exists() {
        assert!(
            std::time::Instant::now() < deadline,
            "the sender never gave up"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }

    let again = Server::restart(room.root(), &[]);
    let mut events = again.api().events().await;
    let still = events.next().await;
    assert_eq!(
        cell(&still, "Ada", "01").unwrap()["status"],
        "failing",
        "the room has what it had before the restart"
    );
    // The next check, of another kata, sends the one that was kept too.
    let next = kata(learner.root(), &["check", "03"]).await;
    assert!(
        next.stdout.contains("did not reach"),
        "the quiet line\n{next}"
    );
    let room_now = events
        .until("kata 01 done, sent again", |room| {
            cell(room, "Ada", "01").is_some_and(|c| c["status"] == "done")
                && cell(room, "Ada", "03").is_some()
        })
        .await;
    assert_eq!(cell(&room_now, "Ada", "01").unwrap()["checks"], 2);
}

/// A quiz answered while the server was down goes, like a check's report,
/// to the outbox; the runner says so in one quiet line, and the answer
/// reaches the room with the learner's next check after the restart.
#[tokio::test]
async fn quiz_answers_given_while_the_server_was_down_reach_it_after_the_restart() {
    let room = Fixture::new();
    let mut server = Server::start(room.root(), &["--port", "0"]);
    let learner = Fixture::new();
    kata(learner.root(), &["join", &server.join, "--name", "Ada"])
        .await
        .assert_success();
    server.kill();

    // Wrong (four and zero), then right (zero): both wait in the outbox.
    let quiz = kata_input(learner.root(), &["quiz", "02"], "1 2\n2\n").await;
    quiz.assert_success();
    let note = learner.path(".kata/classroom/undelivered.txt");
    let deadline = std::time::Instant::now() + crate::room::DEADLINE;
    while !note.exists() {
        assert!(
            std::time::Instant::now() < deadline,
            "the sender never gave up"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let waiting = std::fs::read_dir(learner.path(".kata/classroom/outbox/answers"))
        .unwrap()
        .count();
    assert_eq!(waiting, 2, "every answer is kept, not only the newest");

    let again = Server::restart(room.root(), &[]);
    let mut events = again.api().events().await;
    let next = kata(learner.root(), &["check", "01"]).await;
    assert!(
        next.stdout.contains("your quiz answers did not reach"),
        "the quiet line\n{next}"
    );
    let seen = events
        .until("Ada's first answer, after the restart", |room| {
            bars(room, "02/which-catch").is_some_and(|b| b["answered"] == 1)
        })
        .await;
    assert_eq!(
        counts(bars(&seen, "02/which-catch").unwrap()),
        [1, 1],
        "her first answer, four and zero, is what the bars count"
    );
}

#[tokio::test]
async fn a_new_room_has_a_new_code_and_forgets_the_old_learners() {
    let course = Fixture::new();
    let mut server = Server::start(course.root(), &["--port", "0"]);
    let api = server.api();
    let ada = api.join("Ada").await;
    api.report(&ada, &report("01", "done", 1, 1, &[], now_ms()))
        .await;
    let (old_code, old_token) = (server.code.clone(), server.token.clone());
    server.kill();

    let fresh = Server::start(course.root(), &["--new-room", "--port", "0"]);

    assert_ne!(fresh.code, old_code);
    assert_ne!(fresh.token, old_token);
    let api = fresh.api();
    assert_eq!(api.room().await["learners"], serde_json::json!([]));
    let (status, body) = api
        .report_as(
            ada.id,
            &fresh.code,
            &ada.token,
            &report("01", "done", 1, 1, &[], now_ms() + 1),
        )
        .await;
    assert_eq!(
        status, 401,
        "the old room's learner is unknown here: {body}"
    );
}
