//! The real classroom server, started as the instructor starts it
//! (`kata classroom serve --port 0` in a course folder), and what the tests
//! say to it: its JSON API with reqwest, and its event stream read as a page
//! reads it. Every wait has a deadline; none is a fixed sleep.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// How long anything in these tests may take: far more than it needs, so
/// that a loaded machine is slow rather than red.
pub const DEADLINE: Duration = Duration::from_secs(30);

/// A running `kata classroom serve`, killed when dropped.
pub struct Server {
    child: Child,
    /// `CODE@127.0.0.1:PORT`, from its join line.
    pub join: String,
    pub code: String,
    pub port: u16,
    /// The instructor's token, from the page's link.
    pub token: String,
    /// Everything it printed, stdout and stderr.
    printed: Arc<Mutex<String>>,
}

/// The arguments of `kata classroom serve` for a test: every test start of
/// the server goes through here, and names its port (`--port 0`: any free
/// one), so that no test binds the default port, where an instructor's
/// server may be listening. `serve_sources_start_the_server_only_here`
/// keeps every other test file from starting it.
pub fn serve_args<'a>(args: &[&'a str]) -> Vec<&'a str> {
    assert!(
        args.contains(&"--port"),
        "a test starts `classroom serve` with `--port 0` (or a port it holds), never on the default port: {args:?}"
    );
    [&["classroom", "serve"][..], args].concat()
}

impl Server {
    /// Starts the server in `course` on the port `args` names (see
    /// [`serve_args`]), and waits until it has printed all it prints at
    /// start (the last line says how to stop it): by then it is listening.
    pub fn start(course: &Path, args: &[&str]) -> Server {
        Server::spawn(course, &serve_args(args))
    }

    /// Starts the server again in `course`, without `--port`: it listens on
    /// the room's port from last time, which a test's first start chose
    /// with `--port 0`. Refuses a room that has no such port (a new room, or
    /// none yet): that start would bind the default port.
    pub fn restart(course: &Path, args: &[&str]) -> Server {
        assert!(
            !args.contains(&"--port") && !args.contains(&"--new-room"),
            "a restart keeps the room and its port; use `Server::start` otherwise: {args:?}"
        );
        let room = course.join(".kata/classroom/room.sqlite");
        let port: Option<u16> = rusqlite::Connection::open(&room)
            .and_then(|db| db.query_row("SELECT port FROM room WHERE id = 1", [], |row| row.get(0)))
            .unwrap_or(None);
        assert!(
            port.is_some_and(|port| port != 7878),
            "a restart needs a room whose port a test chose ({port:?}): `Server::start` it with `--port 0` first"
        );
        Server::spawn(course, &[&["classroom", "serve"][..], args].concat())
    }

    fn spawn(course: &Path, args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_kata"))
            .args(args)
            .current_dir(course)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("kata classroom serve starts");
        let printed = Arc::new(Mutex::new(String::new()));
        let (lines, _) = read_lines(child.stdout.take().unwrap(), &printed);
        let (_, errors) = read_lines(child.stderr.take().unwrap(), &printed);
        let deadline = Instant::now() + DEADLINE;
        let (mut join, mut page) = (None, None);
        let mut started = false;
        while !started {
            match lines.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                Ok(line) => {
                    if let Some(at) = line.find("cargo kata join ") {
                        join = line[at + "cargo kata join ".len()..]
                            .split_whitespace()
                            .next()
                            .map(str::to_string);
                    }
                    if let Some(at) = line.find("Page http://") {
                        page = Some(line[at + "Page ".len()..].trim().to_string());
                    }
                    started = line.contains("Ctrl-C stops the server");
                }
                Err(_) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    // All it said on stderr, before showing it.
                    let _ = errors.join();
                    panic!(
                        "the server printed no link to its page; it printed:\n{}",
                        printed.lock().unwrap()
                    );
                }
            }
        }
        let join = join.expect("a join line before the page's link");
        let page = page.expect("a link to the page");
        let (code, address) = join.split_once('@').unwrap();
        let port = address.rsplit_once(':').unwrap().1.parse().unwrap();
        let token = page.split_once("token=").unwrap().1.to_string();
        Server {
            child,
            code: code.to_string(),
            join: join.clone(),
            port,
            token,
            printed,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// The page's link, as the server printed it.
    pub fn page_url(&self) -> String {
        self.url(&format!("/room?token={}", self.token))
    }

    pub fn printed(&self) -> String {
        self.printed.lock().unwrap().clone()
    }

    /// Kills it as a crash or a closed laptop would: no chance to tidy up.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    pub fn api(&self) -> Api {
        Api {
            client: reqwest::Client::builder().no_proxy().build().unwrap(),
            base: self.url(""),
            code: self.code.clone(),
            instructor: self.token.clone(),
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Reads a pipe line by line into `all`, and hands each line over too.
fn read_lines(
    pipe: impl std::io::Read + Send + 'static,
    all: &Arc<Mutex<String>>,
) -> (Receiver<String>, std::thread::JoinHandle<()>) {
    let (sender, receiver) = mpsc::channel();
    let all = Arc::clone(all);
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(pipe).lines().map_while(Result::ok) {
            let mut text = all.lock().unwrap();
            text.push_str(&line);
            text.push('\n');
            drop(text);
            let _ = sender.send(line);
        }
    });
    (receiver, reader)
}

/// A learner as the room knows them.
#[derive(Debug, Clone)]
pub struct Learner {
    pub id: i64,
    pub token: String,
}

/// The server's HTTP API.
#[derive(Clone)]
pub struct Api {
    pub client: reqwest::Client,
    pub base: String,
    pub code: String,
    pub instructor: String,
}

/// A status code and the JSON body (or `null` when there was none).
pub type Answer = (u16, Value);

/// An answer as a snapshot shows it.
pub fn shown((status, body): Answer) -> Value {
    json!({"status": status, "body": body})
}

impl Api {
    pub async fn join(&self, name: &str) -> Learner {
        let (status, body) = self
            .send(
                self.client
                    .post(format!("{}/api/join", self.base))
                    .json(&json!({"code": self.code, "name": name})),
            )
            .await;
        assert_eq!(status, 201, "{body}");
        Learner {
            id: body["learner"].as_i64().unwrap(),
            token: body["token"].as_str().unwrap().to_string(),
        }
    }

    /// A report as `learner`, with the room's code.
    pub async fn report(&self, learner: &Learner, report: &Value) -> Answer {
        self.report_as(learner.id, &self.code, &learner.token, report)
            .await
    }

    /// A report to learner `id`'s row, with whatever code and token.
    pub async fn report_as(&self, id: i64, code: &str, token: &str, report: &Value) -> Answer {
        self.send(
            self.client
                .post(format!("{}/api/learners/{id}/reports", self.base))
                .header("x-join-code", code)
                .bearer_auth(token)
                .json(report),
        )
        .await
    }

    /// A quiz answer as `learner`.
    pub async fn answer(&self, learner: &Learner, answer: &Value) -> Answer {
        self.answer_as(learner.id, &learner.token, answer).await
    }

    /// A quiz answer to learner `id`'s row, with whatever token.
    pub async fn answer_as(&self, id: i64, token: &str, answer: &Value) -> Answer {
        self.send(
            self.client
                .post(format!("{}/api/learners/{id}/answers", self.base))
                .header("x-join-code", &self.code)
                .bearer_auth(token)
                .json(answer),
        )
        .await
    }

    /// What the instructor's page does: `POST` or `DELETE` one of
    /// `/api/room/...` with the instructor's token.
    pub async fn instructor(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> Answer {
        let mut request = self.client.request(
            method,
            format!("{}{path}?token={}", self.base, self.instructor),
        );
        if let Some(body) = body {
            request = request.json(&body);
        }
        self.send(request).await
    }

    /// Asks the room `question`; returns the poll's number.
    pub async fn ask(&self, question: &str) -> i64 {
        let (status, body) = self
            .instructor(
                reqwest::Method::POST,
                "/api/room/poll",
                Some(json!({"question": question})),
            )
            .await;
        assert_eq!(status, 200, "{body}");
        body["poll"].as_i64().unwrap()
    }

    /// Closes the question asked of the room.
    pub async fn close(&self) {
        let (status, body) = self
            .instructor(reqwest::Method::DELETE, "/api/room/poll", None)
            .await;
        assert_eq!(status, 204, "{body}");
    }

    /// Opens a round of the concept check (`None` closes it).
    pub async fn round(&self, round: Option<&str>) {
        let (status, body) = self
            .instructor(
                reqwest::Method::POST,
                "/api/room/round",
                Some(json!({ "round": round })),
            )
            .await;
        assert_eq!(status, 204, "{body}");
    }

    /// Names on the page's bars, or not.
    pub async fn names(&self, shown: bool) {
        let (status, body) = self
            .instructor(
                reqwest::Method::POST,
                "/api/room/names",
                Some(json!({ "shown": shown })),
            )
            .await;
        assert_eq!(status, 204, "{body}");
    }

    /// `GET /api/room` with the instructor's token.
    pub async fn room(&self) -> Value {
        let (status, body) = self
            .send(
                self.client
                    .get(format!("{}/api/room?token={}", self.base, self.instructor)),
            )
            .await;
        assert_eq!(status, 200, "{body}");
        body
    }

    pub async fn send(&self, request: reqwest::RequestBuilder) -> Answer {
        let response = request
            .timeout(DEADLINE)
            .send()
            .await
            .expect("the server answers");
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        let body = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        };
        (status, body)
    }

    /// The instructor's event stream, opened.
    pub async fn events(&self) -> RoomEvents {
        let response = self
            .client
            .get(format!(
                "{}/room/events?token={}",
                self.base, self.instructor
            ))
            .send()
            .await
            .expect("the event stream opens");
        assert_eq!(response.status(), 200);
        RoomEvents {
            response,
            buffer: String::new(),
            events: 0,
        }
    }
}

/// A report as the runner sends it.
pub fn report(
    kata: &str,
    status: &str,
    passed: u32,
    total: u32,
    failing: &[&str],
    at: i64,
) -> Value {
    json!({
        "kata": kata,
        "status": status,
        "tests": {"passed": passed, "total": total},
        "failing": failing,
        "mutants": null,
        "checked_at": at,
    })
}

/// The page's event stream: server-sent events, read as they come.
pub struct RoomEvents {
    response: reqwest::Response,
    buffer: String,
    /// How many `room` events have been read.
    pub events: usize,
}

impl RoomEvents {
    /// The next `room` event.
    pub async fn next(&mut self) -> Value {
        loop {
            if let Some(end) = self.buffer.find("\n\n") {
                let frame: String = self.buffer.drain(..end + 2).collect();
                let mut name = None;
                let mut data = String::new();
                for line in frame.lines() {
                    if let Some(value) = line.strip_prefix("event:") {
                        name = Some(value.trim().to_string());
                    } else if let Some(value) = line.strip_prefix("data:") {
                        data.push_str(value.strip_prefix(' ').unwrap_or(value));
                    }
                }
                if name.as_deref() == Some("room") {
                    self.events += 1;
                    return serde_json::from_str(&data).expect("a room event is JSON");
                }
                continue; // a keep-alive comment
            }
            let chunk = self
                .response
                .chunk()
                .await
                .expect("the event stream reads")
                .expect("the event stream stays open");
            self.buffer.push_str(&String::from_utf8_lossy(&chunk));
        }
    }

    /// Reads events until one satisfies `wanted`; panics at the deadline,
    /// showing the last room it saw.
    pub async fn until(&mut self, what: &str, wanted: impl Fn(&Value) -> bool) -> Value {
        let mut last = Value::Null;
        let waited = tokio::time::timeout(DEADLINE, async {
            loop {
                let room = self.next().await;
                if wanted(&room) {
                    return room;
                }
                last = room;
            }
        })
        .await;
        match waited {
            Ok(room) => room,
            Err(_) => panic!(
                "the room never showed {what}; the last event was:\n{}",
                serde_json::to_string_pretty(&last).unwrap()
            ),
        }
    }
}

/// A quiz answer as the runner sends it.
pub fn answer(question: &str, choices: &[&str], poll: Option<i64>, round: Option<&str>) -> Value {
    json!({
        "question": question,
        "choices": choices,
        "poll": poll,
        "round": round,
        "answered_at": now_ms(),
    })
}

/// The bars of question `id` in a room event (its first answers), if
/// anyone answered it.
pub fn bars<'a>(room: &'a Value, id: &str) -> Option<&'a Value> {
    room["quiz"]["questions"]
        .as_array()?
        .iter()
        .find(|q| q["question"] == id)
}

/// The count of each choice of a question's bars, in the question's order.
pub fn counts(bars: &Value) -> Vec<u64> {
    bars["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["count"].as_u64().unwrap())
        .collect()
}

/// Writes the test concept check (`tests/fixtures/concept-check.toml`)
/// into a copy of the fixture course, which has none of its own.
pub fn with_concept_check(course: &crate::helpers::Fixture) {
    course.write(
        "quizzes/concept-check.toml",
        include_str!("../fixtures/concept-check.toml"),
    );
}

/// Learner `name`'s cell for `kata` in a room event, if it has one.
pub fn cell<'a>(room: &'a Value, name: &str, kata: &str) -> Option<&'a Value> {
    room["learners"]
        .as_array()?
        .iter()
        .find(|l| l["name"] == name)?["katas"]
        .as_array()?
        .iter()
        .find(|c| c["kata"] == kata)
}

/// Runs `kata <args>` in `dir` on a blocking thread, for tests that listen to
/// the server while the runner works.
pub async fn kata(dir: &Path, args: &[&str]) -> crate::helpers::Run {
    let dir = dir.to_path_buf();
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    tokio::task::spawn_blocking(move || {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        crate::helpers::kata(&dir, &args)
    })
    .await
    .unwrap()
}

/// Runs `kata <args>` in `dir` with `input` through a pipe, on a blocking
/// thread (the test's own server, or stub, keeps answering meanwhile).
pub async fn kata_input(dir: &Path, args: &[&str], input: &str) -> crate::helpers::Run {
    let dir = dir.to_path_buf();
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    let input = input.to_string();
    tokio::task::spawn_blocking(move || {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        crate::helpers::kata_with_input(&dir, &args, &input)
    })
    .await
    .unwrap()
}

/// Milliseconds since 1970, as reports carry them.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}
