//! The room answers: learners' quiz answers through the real runner, shown
//! as bars on the page's event stream; "ask the room" reaching a learner's
//! `cargo kata quiz --room` and the answer coming back; the concept check's
//! two rounds, per question.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::Instant;

use insta::assert_snapshot;

use crate::helpers::{Fixture, redact};
use crate::room::{DEADLINE, Server, bars, counts, kata, kata_input, with_concept_check};

/// A learner's copy of the course, joined to `server` as `name`.
async fn learner(server: &Server, name: &str) -> Fixture {
    let course = Fixture::new();
    with_concept_check(&course);
    kata(course.root(), &["join", &server.join, "--name", name])
        .await
        .assert_success();
    course
}

fn redact_server(text: &str, server: &Server, course: &Path) -> String {
    redact(text, course).replace(&format!("127.0.0.1:{}", server.port), "[SERVER]")
}

#[tokio::test]
async fn learners_answer_and_the_rooms_bars_count_each_choice() {
    let room = Fixture::new();
    let server = Server::start(room.root(), &["--port", "0"]);
    let api = server.api();
    let mut events = api.events().await;
    let (ada, bo, cy) = (
        learner(&server, "Ada").await,
        learner(&server, "Bo").await,
        learner(&server, "<b>Cy</b>").await,
    );

    // Chapter 2's quiz: `which-catch` (pick all: four, zero; zero is
    // right), then `read-the-failure` (one: minus-two is right). Ada picks
    // both, then the right one; Bo is right at once, then wrong; Cy is
    // wrong, then right, and stops there.
    for (learner, input) in [(&ada, "1 2\n2\n1\n"), (&bo, "2\n2\n1\n"), (&cy, "1\n2\n")] {
        kata_input(learner.root(), &["quiz", "02"], input)
            .await
            .assert_success();
    }

    let seen = events
        .until(
            "three answers to which-catch and two to read-the-failure",
            |room| {
                bars(room, "02/which-catch").is_some_and(|b| b["answered"] == 3)
                    && bars(room, "02/read-the-failure").is_some_and(|b| b["answered"] == 2)
            },
        )
        .await;
    // Each learner's first answer: Ada's "four and zero", Bo's "zero", Cy's
    // "four". Their later tries change nothing here.
    let which = bars(&seen, "02/which-catch").unwrap();
    assert_eq!(counts(which), [2, 2], "four: Ada and Cy; zero: Ada and Bo");
    assert_eq!(which["right"], 1, "only Bo was right the first time");
    let read = bars(&seen, "02/read-the-failure").unwrap();
    assert_eq!(counts(read), [1, 1]);
    assert_eq!(read["right"], 1);
    assert!(
        which["choices"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["names"] == serde_json::json!([])),
        "no names unless the instructor asks: {which}"
    );

    api.names(true).await;
    let named = events
        .until("names on the bars", |room| {
            room["quiz"]["names_shown"] == true
        })
        .await;
    let which = bars(&named, "02/which-catch").unwrap();
    assert_eq!(
        which["choices"][0]["names"],
        serde_json::json!(["Ada", "<b>Cy</b>"])
    );
}

/// A running `kata`, its input a pipe the test writes to, its output read
/// line by line as it comes.
struct Running {
    child: Child,
    input: Option<ChildStdin>,
    lines: Receiver<String>,
    printed: String,
    errors: Option<std::thread::JoinHandle<String>>,
}

impl Running {
    fn start(dir: &Path, args: &[&str]) -> Running {
        let mut child = Command::new(env!("CARGO_BIN_EXE_kata"))
            .args(args)
            .current_dir(dir)
            .env_remove("CI")
            .env_remove("CLICOLOR_FORCE")
            .env("NO_COLOR", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the kata binary starts");
        let stdout = child.stdout.take().unwrap();
        let (sender, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = sender.send(line);
            }
        });
        let mut stderr = child.stderr.take().unwrap();
        let errors = std::thread::spawn(move || {
            let mut text = String::new();
            let _ = stderr.read_to_string(&mut text);
            text
        });
        Running {
            input: child.stdin.take(),
            child,
            lines,
            printed: String::new(),
            errors: Some(errors),
        }
    }

    /// Reads what it prints until a line holds `wanted`.
    fn wait_for(&mut self, wanted: &str) {
        let deadline = Instant::now() + DEADLINE;
        loop {
            match self
                .lines
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            {
                Ok(line) => {
                    self.printed.push_str(&line);
                    self.printed.push('\n');
                    if line.contains(wanted) {
                        return;
                    }
                }
                Err(_) => panic!("it never printed {wanted:?}; it printed:\n{}", self.printed),
            }
        }
    }

    fn write(&mut self, text: &str) {
        self.input
            .as_mut()
            .expect("the input is open")
            .write_all(text.as_bytes())
            .unwrap();
    }

    fn close_input(&mut self) {
        self.input = None;
    }

    /// Everything it printed, once it has ended by itself.
    fn finish(mut self) -> (Option<i32>, String, String) {
        let deadline = Instant::now() + DEADLINE;
        while let Ok(line) = self
            .lines
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
        {
            self.printed.push_str(&line);
            self.printed.push('\n');
        }
        assert!(
            Instant::now() < deadline,
            "it did not end; it printed:\n{}",
            self.printed
        );
        let status = self.child.wait().unwrap();
        let errors = self
            .errors
            .take()
            .map(|e| e.join().unwrap())
            .unwrap_or_default();
        (status.code(), std::mem::take(&mut self.printed), errors)
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test]
async fn ask_the_room_reaches_a_learners_quiz_room_and_the_answer_comes_back() {
    let room = Fixture::new();
    let server = Server::start(room.root(), &["--port", "0"]);
    let api = server.api();
    let mut events = api.events().await;
    let ada = learner(&server, "Ada").await;

    let mut runner = Running::start(ada.root(), &["quiz", "--room"]);
    runner.wait_for("Waiting for the question your instructor asks the room");
    let poll = api.ask("02/which-catch").await;
    runner.wait_for("2. `halves_zero`");
    // The answer, and the end of the input: it still waits for the
    // explanations before it ends.
    runner.write("2\n");
    runner.close_input();
    runner.wait_for("Your answer is in.");
    let answered = events
        .until("Ada's answer on the bars", |room| {
            room["quiz"]["poll"]["answered"] == 1
        })
        .await;
    let asked = &answered["quiz"]["poll"];
    assert_eq!(asked["poll"], poll);
    assert_eq!(asked["open"], true);
    assert_eq!(counts(asked), [0, 1], "halves_zero, as Ada picked it");
    assert_eq!(asked["right"], 1);

    api.close().await;
    let (code, printed, errors) = runner.finish();
    assert_eq!(code, Some(0), "{printed}\n{errors}");
    assert_snapshot!(
        "quiz_room_through_a_pipe",
        redact_server(&printed, &server, ada.root())
    );
    let closed = events
        .until("the question closed", |room| {
            room["quiz"]["poll"]["open"] == false
        })
        .await;
    assert_eq!(closed["quiz"]["poll"]["answered"], 1);
    // An answer in the room is an answer to the chapter's question too.
    assert_eq!(
        bars(&closed, "02/which-catch").unwrap()["answered"],
        1,
        "{closed}"
    );
    let progress = ada.read(".kata/progress.toml");
    assert!(
        progress.contains("[quiz.02.which-catch]\nfirst_answer = [\"zero\"]"),
        "{progress}"
    );
}

#[tokio::test]
async fn a_question_closed_before_the_learner_answers_shows_its_explanations_and_counts_nothing() {
    let room = Fixture::new();
    let server = Server::start(room.root(), &["--port", "0"]);
    let api = server.api();
    let ada = learner(&server, "Ada").await;
    let mut runner = Running::start(ada.root(), &["quiz", "--room"]);
    runner.wait_for("Waiting for the question");
    api.ask("02/which-data").await;
    runner.wait_for("2. ");
    api.close().await;
    runner.wait_for("Your instructor closed the question before you answered.");
    runner.wait_for("Right to pick");
    runner.close_input();
    let (code, printed, errors) = runner.finish();
    assert_eq!(code, Some(0), "{printed}\n{errors}");
    assert!(!printed.contains("Your answer:"), "{printed}");
    assert_eq!(api.room().await["quiz"]["poll"]["answered"], 0);
}

#[tokio::test]
async fn the_concept_check_shows_the_share_right_before_and_after_per_question() {
    let room = Fixture::new();
    with_concept_check(&room);
    let server = Server::start(room.root(), &["--port", "0"]);
    let api = server.api();
    let mut events = api.events().await;
    let ada = learner(&server, "Ada").await;
    let bo = learner(&server, "Bo").await;

    let early = kata_input(ada.root(), &["quiz", "--concept-check"], "").await;
    early.assert_clean_error("has no round of the concept check open");

    // Before: Ada picks the second choice of every question (all wrong);
    // Bo has the first two right and the third wrong, the rest right.
    api.round(Some("before")).await;
    let wrong = "2\n".repeat(8);
    let bo_before = format!("1 3\n1\n2\n{}", "1\n".repeat(5));
    for (learner, input) in [(&ada, wrong.as_str()), (&bo, bo_before.as_str())] {
        kata_input(learner.root(), &["quiz", "--concept-check"], input)
            .await
            .assert_success();
    }
    events
        .until("both learners' before", |room| {
            room["quiz"]["concept_check"]
                .as_array()
                .is_some_and(|qs| qs.iter().all(|q| q["before"]["answered"] == 2))
        })
        .await;

    // After: both right everywhere.
    api.round(Some("after")).await;
    let right = format!("1 3\n{}", "1\n".repeat(7));
    kata_input(bo.root(), &["quiz", "--concept-check"], &right)
        .await
        .assert_success();
    let ada_after = kata_input(ada.root(), &["quiz", "--concept-check"], &right).await;
    ada_after.assert_success();
    let both = events
        .until("both learners' after", |room| {
            room["quiz"]["concept_check"]
                .as_array()
                .is_some_and(|qs| qs.iter().all(|q| q["after"]["answered"] == 2))
        })
        .await;

    let shares: Vec<(String, u64, u64)> = both["quiz"]["concept_check"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            (
                q["question"].as_str().unwrap().to_string(),
                q["before"]["right"].as_u64().unwrap(),
                q["after"]["right"].as_u64().unwrap(),
            )
        })
        .collect();
    let expected: Vec<(String, u64, u64)> = [
        ("which-add", 1, 2),
        ("double-three", 1, 2),
        ("triple-two", 0, 2),
        ("half-of-zero", 1, 2),
        ("add-zero", 1, 2),
        ("double-zero", 1, 2),
        ("triple-one", 1, 2),
        ("add-negative", 1, 2),
    ]
    .into_iter()
    .map(|(id, before, after)| (format!("concept-check/{id}"), before, after))
    .collect();
    assert_eq!(
        shares, expected,
        "right of 2, per question, before and after"
    );
    assert_eq!(both["quiz"]["round"], "after");
    assert_eq!(
        both["quiz"]["rounds_opened"],
        serde_json::json!(["before", "after"])
    );
    // The learner's own summary: both rounds, question by question.
    assert_snapshot!(
        "concept_check_after_in_the_room",
        redact_server(&ada_after.stdout, &server, ada.root())
    );
}
