//! The learner's side: being in a classroom (`.kata/classroom/joined.toml`),
//! and reporting each check to it without ever slowing or breaking the check.
//!
//! `check` prints its result and exits at once, so it cannot wait for the
//! network, and a thread would die with it. So a check writes its report to
//! `.kata/classroom/outbox/` and starts a short-lived copy of the runner
//! (`kata classroom send`, hidden) with no terminal, which sends it: a short
//! timeout, three tries, then it gives up and leaves one quiet line for the
//! next check to print. The report stays in the outbox, so the learner's
//! latest state reaches the room with their next check once the server is
//! back (after a restart, or once the Wi-Fi returns). `watch` starts the same
//! sender after each check; its check never waits either.
//!
//! Quiz answers take the same way (`outbox/answers/`, the same sender, the
//! same quiet line), with one difference: every answer is kept until it is
//! delivered or refused, not only the newest, since the room keeps each
//! learner's first answer as well as their latest. `quiz --room` and
//! `quiz --concept-check` also ask the room what it asks now
//! ([`room_quiz`]), which they need before they can ask anything.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};
use fs_err as fs;
use reqwest::StatusCode;
use serde::{Deserialize, Serialize};

use super::now_ms;
use super::wire::{
    self, Answer, Caught, CheckStatus, Count, ErrorBody, JOIN_CODE_HEADER, JoinRequest, Joined,
    Known, QUIZ_WAIT_SECONDS, Report, RoomQuiz,
};
use crate::cli;
use crate::course::{Course, Kata};
use crate::evaluate::{Evaluation, MutantRuns};
use crate::files;
use crate::limits;
use crate::test_run::Found;
use crate::ui::{self, DIM};

/// Being in a classroom: where it is, and who the learner is to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    /// `HOST:PORT`.
    pub server: String,
    pub code: String,
    pub learner: i64,
    pub name: String,
    pub token: String,
}

impl Membership {
    /// The classroom this learner is in, if any.
    pub fn load(course: &Course) -> Result<Option<Membership>> {
        let path = course.membership_file();
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(error) => return Err(error).context(format!("cannot read {}", path.display())),
        };
        let membership = toml::from_str(&text).with_context(|| {
            format!(
                "{} is damaged: `cargo kata join` again, or `cargo kata leave`",
                path.display()
            )
        })?;
        Ok(Some(membership))
    }

    pub fn save(&self, course: &Course) -> Result<()> {
        files::write_atomic(&course.membership_file(), toml::to_string(self)?)
    }

    /// Forgets the classroom, and the reports that were waiting for it.
    pub fn forget(course: &Course) -> Result<()> {
        for file in [course.membership_file(), course.undelivered_file()] {
            if file.exists() {
                fs::remove_file(file)?;
            }
        }
        let outbox = course.outbox_dir();
        if outbox.exists() {
            fs::remove_dir_all(outbox)?;
        }
        Ok(())
    }

    /// A request about this learner (`/api/learners/ID` and below it): every
    /// one carries the room's join code and the learner's own token.
    fn request(
        &self,
        client: &reqwest::Client,
        method: reqwest::Method,
        below: &str,
    ) -> reqwest::RequestBuilder {
        let url = format!(
            "http://{}/api/learners/{}{below}",
            self.server, self.learner
        );
        client
            .request(method, url)
            .header(JOIN_CODE_HEADER, &self.code)
            .bearer_auth(&self.token)
    }
}

/// `check`'s and `watch`'s hook, after every check: when the learner is in
/// a classroom, puts the report in the outbox and starts the sender; returns
/// the quiet line about an earlier report that did not get through, if any.
/// Never fails: reporting must not break a check.
pub fn after_check(course: &Course, kata: &Kata, evaluation: &Evaluation) -> Vec<String> {
    let membership = match Membership::load(course) {
        Ok(Some(membership)) => membership,
        Ok(None) => return Vec::new(),
        Err(error) => return vec![quiet(format!("classroom: {error:#}"))],
    };
    let mut lines: Vec<String> = undelivered(course).into_iter().collect();
    let report = report_of(&kata.id, evaluation, now_ms());
    if let Err(error) = queue(course, &report).and_then(|()| start_sender(course)) {
        lines.push(quiet(format!(
            "classroom: this check was not reported to {} ({error:#})",
            membership.server
        )));
    }
    lines
}

/// The quiet line the sender left when something did not get through,
/// taken (it is said once).
pub fn undelivered(course: &Course) -> Option<String> {
    let text = std::fs::read_to_string(course.undelivered_file()).ok()?;
    let _ = std::fs::remove_file(course.undelivered_file());
    Some(quiet(text.trim()))
}

/// The quiz's hook, after each answer: when the learner is in a classroom,
/// puts the answer in the outbox and starts the sender. Never fails, and
/// never waits: `Some` is a quiet line when the answer could not even be
/// queued.
pub fn after_answer(course: &Course, membership: &Membership, answer: &Answer) -> Option<String> {
    match queue_answer(course, answer).and_then(|()| start_sender(course)) {
        Ok(()) => None,
        Err(error) => Some(quiet(format!(
            "classroom: this answer was not sent to {} ({error:#})",
            membership.server
        ))),
    }
}

/// `outbox/answers/<answered_at>-<random>.json`: sorted by name, the
/// answers go in the order they were given; the random part keeps two
/// answers of the same millisecond apart.
fn queue_answer(course: &Course, answer: &Answer) -> Result<()> {
    let mut nonce = [0u8; 4];
    getrandom::fill(&mut nonce).context("the system's random source failed")?;
    let nonce: String = nonce.iter().map(|b| format!("{b:02x}")).collect();
    let name = format!("{:013}-{nonce}.json", answer.answered_at);
    files::write_atomic(
        &course.answers_outbox_dir().join(name),
        serde_json::to_vec(answer)?,
    )
}

/// What one check found, as the wire carries it, cut to its limits.
fn report_of(kata: &str, evaluation: &Evaluation, checked_at: i64) -> Report {
    let found = &evaluation.tests.found;
    let mutants = match &evaluation.mutants {
        MutantRuns::Ran(results) => Some(Caught {
            caught: count(results.iter().filter(|r| r.outcome.is_caught()).count()),
            total: count(results.len()),
        }),
        MutantRuns::None | MutantRuns::NotRun(_) => None,
    };
    let (status, tests) = match found {
        Found::Passed { tests, .. } => {
            let status = if evaluation.is_done() {
                CheckStatus::Done
            } else {
                CheckStatus::TestsPass
            };
            let all = count(tests.len());
            (
                status,
                Some(Count {
                    passed: all,
                    total: all,
                }),
            )
        }
        Found::Failed {
            failures, passed, ..
        } => (
            CheckStatus::Failing,
            Some(Count {
                passed: count(*passed),
                total: count(failures.len() + passed),
            }),
        ),
        Found::TimedOut { .. } => (CheckStatus::TimedOut, None),
        Found::Crashed { .. } => (CheckStatus::Crashed, None),
        Found::NoTests => (CheckStatus::NoTests, None),
        Found::DidNotBuild { .. } => (CheckStatus::NotBuilt, None),
    };
    Report {
        kata: kata.to_string(),
        status,
        tests,
        failing: found
            .catchers()
            .iter()
            .take(wire::FAILING_MAX)
            .map(|name| wire::shorten(name, wire::TEST_NAME_MAX))
            .collect(),
        mutants,
        checked_at,
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Dim, and lined up under the check's own lines.
fn quiet(text: impl std::fmt::Display) -> String {
    ui::paint(DIM, ui::detail(text))
}

/// `outbox/<kata>-<checked_at>.json`: a newer report of a kata never has the
/// name of an older one, so a sender that deletes what it sent never
/// deletes a report written while it was sending.
fn queue(course: &Course, report: &Report) -> Result<()> {
    let name = format!("{}-{:013}.json", report.kata, report.checked_at);
    files::write_atomic(&course.outbox_dir().join(name), serde_json::to_vec(report)?)
}

/// Starts `kata classroom send` with no terminal, and does not wait for it.
fn start_sender(course: &Course) -> Result<()> {
    let exe = std::env::current_exe().context("cannot tell where the runner is")?;
    let mut child = Command::new(exe)
        .args(cli::CLASSROOM_SEND)
        .current_dir(&course.root)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .context("cannot start the sender")?;
    // Someone must wait for it, or a long `watch` collects zombies on Unix;
    // `check` exits before it ends, and the system takes it over.
    std::thread::spawn(move || {
        let _ = child.wait();
    });
    Ok(())
}

/// What one try of a request came to.
enum Delivery {
    Delivered,
    /// The server answered no, and will again: dropping it is right.
    Refused(String),
    /// No answer, or a server error: worth another try.
    Unreachable(String),
}

/// `kata classroom send`: sends the newest report of each kata in the
/// outbox, then every quiz answer waiting there, oldest first. Runs in the
/// background, so it says nothing; when it gives up it leaves one line for
/// the next check (or the quiz's end).
pub fn send_outbox(course: &Course) -> Result<()> {
    let Some(membership) = Membership::load(course)? else {
        return Ok(());
    };
    let reports = newest_reports(&course.outbox_dir())?;
    let answers = waiting_answers(&course.answers_outbox_dir());
    if reports.is_empty() && answers.is_empty() {
        return Ok(());
    }
    let runtime = runtime()?;
    let client = client()?;
    let mut problems = Vec::new();
    for (report, files) in reports {
        let delivery = with_tries(|| runtime.block_on(send_report(&client, &membership, &report)));
        match delivery {
            Delivery::Delivered => remove(&files),
            Delivery::Refused(why) => {
                remove(&files);
                problems.push(format!(
                    "classroom: {} refused the report of kata {}: {why}",
                    membership.server, report.kata
                ));
            }
            Delivery::Unreachable(why) => {
                // Keep only the newest: it is sent with the next check.
                if let Some((_, older)) = files.split_last() {
                    remove(older);
                }
                problems.push(format!(
                    "classroom: your report did not reach {} ({why}); your state goes again \
                     with your next check",
                    membership.server
                ));
            }
        }
    }
    for (answer, file) in answers {
        let delivery = with_tries(|| runtime.block_on(send_answer(&client, &membership, &answer)));
        match delivery {
            Delivery::Delivered => remove(&[file]),
            Delivery::Refused(why) => {
                remove(&[file]);
                problems.push(format!(
                    "classroom: {} refused your answer to {}: {why}",
                    membership.server, answer.question
                ));
            }
            Delivery::Unreachable(why) => {
                // This one and those after it wait for the next sender.
                problems.push(format!(
                    "classroom: your quiz answers did not reach {} ({why}); they go again \
                     with your next answer or check",
                    membership.server
                ));
                break;
            }
        }
    }
    let note = course.undelivered_file();
    match problems.first() {
        // One line, however many katas: it is meant to be quiet.
        Some(line) => fs::write(note, line)?,
        None if note.exists() => fs::remove_file(note)?,
        None => {}
    }
    Ok(())
}

/// One delivery, tried again after each pause of the backoff while the
/// room does not answer.
fn with_tries(mut send: impl FnMut() -> Delivery) -> Delivery {
    let mut delivery = send();
    for pause in limits::CLASSROOM_BACKOFF {
        if !matches!(delivery, Delivery::Unreachable(_)) {
            break;
        }
        std::thread::sleep(pause);
        delivery = send();
    }
    delivery
}

/// Every answer waiting in the outbox, oldest first, with its file; a file
/// that cannot be read as an answer is dropped (nothing can send it).
fn waiting_answers(dir: &Path) -> Vec<(Answer, PathBuf)> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
            .collect(),
        Err(_) => return Vec::new(),
    };
    files.sort();
    files
        .into_iter()
        .filter_map(|path| {
            match fs::read(&path)
                .ok()
                .and_then(|bytes| serde_json::from_slice::<Answer>(&bytes).ok())
            {
                Some(answer) => Some((answer, path)),
                None => {
                    remove(&[path]);
                    None
                }
            }
        })
        .collect()
}

/// Each kata's newest report in the outbox, with every file of that kata up
/// to it (oldest first, the newest last).
fn newest_reports(outbox: &Path) -> Result<Vec<(Report, Vec<PathBuf>)>> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(outbox) {
        Ok(entries) => entries
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
            .collect(),
        Err(_) => return Ok(Vec::new()),
    };
    // `<kata>-<13 digits>.json` sorts by kata, then by time.
    files.sort();
    let mut reports: Vec<(Report, Vec<PathBuf>)> = Vec::new();
    let mut group: Vec<PathBuf> = Vec::new();
    let kata_of = |path: &Path| {
        path.file_stem()
            .and_then(|stem| stem.to_str())
            .and_then(|stem| stem.rsplit_once('-'))
            .map(|(kata, _)| kata.to_string())
    };
    for (index, path) in files.iter().enumerate() {
        group.push(path.clone());
        let last_of_kata = files
            .get(index + 1)
            .is_none_or(|next| kata_of(next) != kata_of(path));
        if last_of_kata {
            let files = std::mem::take(&mut group);
            match fs::read(path)
                .ok()
                .and_then(|bytes| serde_json::from_slice::<Report>(&bytes).ok())
            {
                Some(report) => reports.push((report, files)),
                // Unreadable: nothing can send it.
                None => remove(&files),
            }
        }
    }
    Ok(reports)
}

fn remove(files: &[PathBuf]) {
    for file in files {
        let _ = std::fs::remove_file(file);
    }
}

async fn send_report(
    client: &reqwest::Client,
    membership: &Membership,
    report: &Report,
) -> Delivery {
    let answer = membership
        .request(client, reqwest::Method::POST, "/reports")
        .json(report)
        .send()
        .await;
    match answer {
        Ok(response) if response.status().is_success() => Delivery::Delivered,
        Ok(response) if response.status().is_server_error() => {
            Delivery::Unreachable(format!("it answered {}", response.status()))
        }
        Ok(response) => Delivery::Refused(refusal(response).await),
        Err(error) => Delivery::Unreachable(network_error(&error)),
    }
}

async fn send_answer(
    client: &reqwest::Client,
    membership: &Membership,
    answer: &Answer,
) -> Delivery {
    let sent = membership
        .request(client, reqwest::Method::POST, "/answers")
        .json(answer)
        .send()
        .await;
    match sent {
        Ok(response) if response.status().is_success() => Delivery::Delivered,
        Ok(response) if response.status().is_server_error() => {
            Delivery::Unreachable(format!("it answered {}", response.status()))
        }
        Ok(response) => Delivery::Refused(refusal(response).await),
        Err(error) => Delivery::Unreachable(network_error(&error)),
    }
}

/// What the room asks of its learners now; with `after`, once it asks
/// something else than at that version (the server holds the request up to
/// [`QUIZ_WAIT_SECONDS`], and answers with the same version if nothing
/// changed). An error is in the learner's words.
pub fn room_quiz(membership: &Membership, after: Option<u64>) -> Result<RoomQuiz> {
    let client = reqwest::Client::builder()
        .no_proxy()
        .connect_timeout(limits::CLASSROOM_CONNECT)
        .timeout(limits::CLASSROOM_REQUEST + std::time::Duration::from_secs(QUIZ_WAIT_SECONDS))
        .build()
        .context("cannot start the network client")?;
    let below = match after {
        Some(version) => format!("/quiz?after={version}"),
        None => "/quiz".to_string(),
    };
    runtime()?.block_on(async {
        let response = membership
            .request(&client, reqwest::Method::GET, &below)
            .send()
            .await
            .map_err(|error| {
                anyhow::anyhow!(
                    "cannot reach the classroom at {}: {}",
                    membership.server,
                    network_error(&error)
                )
            })?;
        if !response.status().is_success() {
            bail!(
                "the classroom at {} refused: {}",
                membership.server,
                refusal(response).await
            );
        }
        response
            .json::<RoomQuiz>()
            .await
            .context("the classroom's answer is not what it asks of the room")
    })
}

/// The server's own words for a refusal.
async fn refusal(response: reqwest::Response) -> String {
    let status = response.status();
    match response.json::<ErrorBody>().await {
        Ok(body) => body.message,
        Err(_) => format!("it answered {status}"),
    }
}

/// reqwest's errors in a learner's words.
fn network_error(error: &reqwest::Error) -> String {
    if error.is_timeout() {
        "no answer in time".to_string()
    } else if error.is_connect() {
        "nothing answers there: is the classroom server running?".to_string()
    } else {
        let mut text = error.to_string();
        let mut source = std::error::Error::source(error);
        while let Some(cause) = source {
            text = format!("{text}: {cause}");
            source = cause.source();
        }
        text
    }
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the network client")
}

fn client() -> Result<reqwest::Client> {
    reqwest::Client::builder()
        // The classroom is on this network: a proxy set for the internet
        // must not carry (or block) reports.
        .no_proxy()
        .connect_timeout(limits::CLASSROOM_CONNECT)
        .timeout(limits::CLASSROOM_REQUEST)
        .build()
        .context("cannot start the network client")
}

/// Joins the room at `server` (`HOST:PORT`); an error says what to do, in
/// words for the learner.
pub fn join(server: &str, code: &str, name: &str) -> Result<Joined> {
    let request = JoinRequest {
        code: code.to_string(),
        name: name.to_string(),
    };
    let url = format!("http://{server}/api/join");
    runtime()?.block_on(async {
        let response = client()?
            .post(url)
            .json(&request)
            .send()
            .await
            .map_err(|error| {
                anyhow::anyhow!(
                    "cannot reach the classroom at {server}: {}\nCheck the address with your \
                     instructor: the server must run with `--network` for other laptops to \
                     reach it, and the room's network may block the port.",
                    network_error(&error)
                )
            })?;
        match response.status() {
            StatusCode::CREATED | StatusCode::OK => Ok(response
                .json::<Joined>()
                .await
                .context("the classroom's answer is not a join")?),
            StatusCode::FORBIDDEN => bail!(
                "the classroom at {server} does not take the join code {code}: check it with \
                 your instructor"
            ),
            StatusCode::TOO_MANY_REQUESTS => bail!(
                "the classroom at {server} cannot take you now: {}",
                refusal(response).await
            ),
            _ => bail!(
                "the classroom at {server} refused: {}",
                refusal(response).await
            ),
        }
    })
}

/// Tells the room the learner left. One short try: leaving works offline.
pub fn leave(membership: &Membership) -> Result<()> {
    runtime()?.block_on(async {
        about_me(membership, reqwest::Method::DELETE).await?;
        Ok(())
    })
}

/// A request about the learner's own row; a refusal in the server's words.
async fn about_me(membership: &Membership, method: reqwest::Method) -> Result<reqwest::Response> {
    let response = membership
        .request(&client()?, method, "")
        .send()
        .await
        .map_err(|error| anyhow::anyhow!("{}", network_error(&error)))?;
    if response.status().is_success() {
        Ok(response)
    } else {
        bail!("{}", refusal(response).await)
    }
}

/// For `doctor`: does the room answer, and does it know this learner?
pub fn ping(membership: &Membership) -> Result<Known> {
    runtime()?.block_on(async {
        about_me(membership, reqwest::Method::GET)
            .await?
            .json::<Known>()
            .await
            .context("the classroom's answer is not a learner")
    })
}

/// `doctor`'s line about the classroom.
pub struct DoctorLine {
    pub ok: bool,
    pub text: String,
    /// How to fix it, when it is not ok.
    pub fix: String,
}

/// For `doctor`: `None` outside a classroom; otherwise whether it answers.
pub fn doctor_line(course: &Course) -> Option<DoctorLine> {
    let membership = match Membership::load(course) {
        Ok(membership) => membership?,
        Err(error) => {
            return Some(DoctorLine {
                ok: false,
                text: format!("{error:#}"),
                fix: "`cargo kata join CODE@HOST:PORT --name NAME` again".to_string(),
            });
        }
    };
    Some(match ping(&membership) {
        Ok(known) => DoctorLine {
            ok: true,
            text: format!(
                "the classroom at {} answers, and knows you as {}",
                membership.server, known.name
            ),
            fix: String::new(),
        },
        Err(error) => DoctorLine {
            ok: false,
            text: format!(
                "the classroom at {} does not answer as it should: {error:#}",
                membership.server
            ),
            fix: "ask the instructor whether the server runs (with `--network`); \
                  `cargo kata leave` if the workshop is over"
                .to_string(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classroom::wire::CheckStatus;

    fn report(kata: &str, checked_at: i64) -> Report {
        Report {
            kata: kata.into(),
            status: CheckStatus::Done,
            tests: None,
            failing: Vec::new(),
            mutants: None,
            checked_at,
        }
    }

    #[test]
    fn the_newest_report_of_each_kata_is_sent_and_the_older_ones_go_with_it() {
        let dir = tempfile::tempdir().unwrap();
        for (kata, at) in [("01", 5), ("01", 17), ("02", 3), ("01", 9)] {
            let name = format!("{kata}-{at:013}.json");
            std::fs::write(
                dir.path().join(name),
                serde_json::to_vec(&report(kata, at)).unwrap(),
            )
            .unwrap();
        }
        std::fs::write(dir.path().join("02-0000000000001.json.partial"), "half").unwrap();
        let reports = newest_reports(dir.path()).unwrap();
        let summary: Vec<(String, i64, usize)> = reports
            .iter()
            .map(|(r, files)| (r.kata.clone(), r.checked_at, files.len()))
            .collect();
        assert_eq!(summary, [("01".into(), 17, 3), ("02".into(), 3, 1)]);
    }

    #[test]
    fn an_unreadable_report_is_dropped_rather_than_tried_forever() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("01-0000000000001.json"), "not json").unwrap();
        assert!(newest_reports(dir.path()).unwrap().is_empty());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
