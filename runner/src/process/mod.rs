//! Running a child process with a time limit, reading its output as it comes.
//!
//! Every program the runner starts (cargo, a kata's test binaries, the
//! version probes of `doctor`, cargo-mutants) goes through here, so that
//! nothing it starts can freeze the learner's terminal: a child that
//! outlives its limit is killed, and the caller is told so. The limits
//! themselves are in `limits.rs`.
//!
//! A test binary can start programs of its own (katas 08 and 15 start the
//! shop's server). [`run_test_binary`] starts it in a process group of its
//! own (`group.rs`), and ends the whole group when it is done or killed, so
//! that a hung test does not leave its server behind holding a port.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use crate::limits;

mod group;

/// How a child's run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// It exited by itself.
    Exited { success: bool },
    /// It was still running at its time limit, and was killed.
    TimedOut,
    /// The caller had heard enough (a mutant was caught) and it was killed.
    Stopped,
}

pub struct Output {
    pub ending: Ending,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    pub fn success(&self) -> bool {
        self.ending == (Ending::Exited { success: true })
    }

    /// The last `lines` lines of what the child printed, stderr first (where
    /// cargo writes its errors), for a failure message.
    pub fn tail(&self, lines: usize) -> String {
        let all: Vec<&str> = self.stderr.lines().chain(self.stdout.lines()).collect();
        all[all.len().saturating_sub(lines)..].join("\n")
    }
}

/// What the caller wants after reading a line of the child's stdout.
pub enum AfterLine {
    /// Keep going until the child exits or its limit comes.
    Continue,
    /// The child may run at most this much longer.
    StopWithin(Duration),
}

/// Runs `command` with stdin closed, for at most `limit`, handing each line
/// of its stdout to `on_line` as it arrives.
pub fn run(
    command: Command,
    limit: Duration,
    on_line: impl FnMut(&str) -> AfterLine,
) -> Result<Output> {
    run_as(command, limit, Isolation::Alone, on_line)
}

/// Runs a program and hands back its output, for a quick question such as
/// `rustc --version`: bounded by [`limits::QUICK`], like every other.
pub fn ask(command: Command) -> Result<Output> {
    run(command, limits::QUICK, |_| AfterLine::Continue)
}

/// [`run`] for a test binary: in a process group of its own, which is ended
/// as a whole when the binary exits or is killed, so that what its tests
/// started (a server, a child process) goes with it.
pub fn run_test_binary(
    command: Command,
    limit: Duration,
    on_line: impl FnMut(&str) -> AfterLine,
) -> Result<Output> {
    run_as(command, limit, Isolation::OwnGroup, on_line)
}

/// Whether a child shares the runner's process group (a cargo the learner's
/// Ctrl-C should stop with the runner), or has one of its own.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Isolation {
    Alone,
    OwnGroup,
}

fn run_as(
    mut command: Command,
    limit: Duration,
    isolation: Isolation,
    mut on_line: impl FnMut(&str) -> AfterLine,
) -> Result<Output> {
    let program = command.get_program().to_string_lossy().into_owned();
    let started = Instant::now();
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = match isolation {
        Isolation::Alone => command.spawn().map(Running::Alone),
        Isolation::OwnGroup => group::spawn(command).map(Running::Group),
    }
    .with_context(|| format!("cannot start {program}: is it installed and on PATH?"))?;
    let lines = read_lines(child.stdout.take());
    let stderr = read_all(child.stderr.take());

    let mut deadline = started + limit;
    let mut stdout = String::new();
    let mut stopped_early = false;
    let mut stdout_open = true;
    let ending = loop {
        if stdout_open {
            match lines.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                Ok(line) => {
                    if let AfterLine::StopWithin(grace) = on_line(&line) {
                        let sooner = Instant::now() + grace;
                        if sooner < deadline {
                            deadline = sooner;
                            stopped_early = true;
                        }
                    }
                    stdout.push_str(&line);
                    stdout.push('\n');
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => stdout_open = false,
                Err(RecvTimeoutError::Timeout) => {}
            }
        }
        if let Some(status) = child
            .try_wait()
            .context("cannot wait for a child process")?
        {
            // What its tests left running goes too.
            child.end_group();
            break exited(status);
        }
        if Instant::now() >= deadline {
            child.kill();
            break if stopped_early {
                Ending::Stopped
            } else {
                Ending::TimedOut
            };
        }
        if !stdout_open {
            // The child closed its stdout but runs on: look again shortly.
            thread::sleep(Duration::from_millis(10).min(deadline - Instant::now()));
        }
    };
    // Lines that arrived after the last look.
    let drain_until = Instant::now() + limits::DRAIN;
    while let Ok(line) = lines.recv_timeout(drain_until.saturating_duration_since(Instant::now())) {
        stdout.push_str(&line);
        stdout.push('\n');
    }
    let stderr = stderr
        .recv_timeout(drain_until.saturating_duration_since(Instant::now()))
        .unwrap_or_default();
    Ok(Output {
        ending,
        stdout,
        stderr,
    })
}

fn exited(status: ExitStatus) -> Ending {
    Ending::Exited {
        success: status.success(),
    }
}

/// A child as it was started: alone, or leading a process group.
enum Running {
    Alone(Child),
    Group(group::GroupChild),
}

impl std::ops::Deref for Running {
    type Target = Child;
    fn deref(&self) -> &Child {
        match self {
            Running::Alone(child) => child,
            Running::Group(group) => group.child(),
        }
    }
}

impl std::ops::DerefMut for Running {
    fn deref_mut(&mut self) -> &mut Child {
        match self {
            Running::Alone(child) => child,
            Running::Group(group) => group.child_mut(),
        }
    }
}

impl Running {
    /// Kills the child (and its group), and waits for it.
    fn kill(&mut self) {
        match self {
            // Either call fails only when the child has just exited by itself.
            Running::Alone(child) => {
                let _ = child.kill();
                let _ = child.wait();
            }
            Running::Group(group) => group.kill(),
        }
    }

    /// After the child exited: ends what is left of its group.
    fn end_group(&mut self) {
        if let Running::Group(group) = self {
            group.end();
        }
    }
}

fn read_lines(pipe: Option<impl Read + Send + 'static>) -> Receiver<String> {
    let (sender, receiver) = mpsc::channel();
    if let Some(pipe) = pipe {
        thread::spawn(move || {
            for line in BufReader::new(pipe).lines() {
                let Ok(line) = line else { break };
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
    }
    receiver
}

fn read_all(pipe: Option<impl Read + Send + 'static>) -> Receiver<String> {
    let (sender, receiver) = mpsc::channel();
    if let Some(mut pipe) = pipe {
        thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            let _ = sender.send(String::from_utf8_lossy(&bytes).into_owned());
        });
    }
    receiver
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The test binary itself, asked to list its tests: a child that exists
    /// on every platform, prints lines and exits.
    fn this_binary() -> Command {
        let mut command = Command::new(std::env::current_exe().unwrap());
        command.args(["--list", "--format", "terse"]);
        command
    }

    #[test]
    fn a_child_that_exits_is_read_to_the_end() {
        let mut seen = 0;
        let output = run(this_binary(), Duration::from_secs(30), |_| {
            seen += 1;
            AfterLine::Continue
        })
        .unwrap();
        assert_eq!(output.ending, Ending::Exited { success: true });
        assert!(seen > 0);
        assert!(output.stdout.contains(": test"), "{}", output.stdout);
    }

    #[test]
    fn a_child_that_outlives_its_limit_is_killed() {
        // This very test, run again in the child, waits on a child of its
        // own that never ends: the outer run must give up at its limit.
        let mut command = Command::new(std::env::current_exe().unwrap());
        command
            .args(["--exact", "process::tests::helper_that_hangs", "--ignored"])
            .env("KATA_RUNNER_TEST_HANG", "1");
        let started = Instant::now();
        let output = run(command, Duration::from_millis(300), |_| AfterLine::Continue).unwrap();
        assert_eq!(output.ending, Ending::TimedOut);
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{:?}",
            started.elapsed()
        );
    }

    /// A test that started a server and hangs: after its time limit, neither
    /// the test binary nor the server it started is left.
    #[cfg(unix)]
    #[test]
    fn a_test_binary_that_times_out_takes_what_it_started_with_it() {
        let mut command = Command::new(std::env::current_exe().unwrap());
        command
            .args([
                "--exact",
                "process::tests::helper_that_starts_a_server_and_hangs",
            ])
            .args(["--ignored", "--nocapture"])
            .env("KATA_RUNNER_TEST_HANG", "1");
        let output =
            run_test_binary(command, Duration::from_secs(3), |_| AfterLine::Continue).unwrap();
        assert_eq!(output.ending, Ending::TimedOut);
        let (pid, port) = output
            .stdout
            .lines()
            .find_map(|line| {
                let mut words = line.strip_prefix("server ")?.split_whitespace();
                Some((
                    words.next()?.to_string(),
                    words.next()?.parse::<u16>().ok()?,
                ))
            })
            .unwrap_or_else(|| panic!("the server never started:\n{}", output.stdout));
        // SIGKILL is sent to the group before `run_test_binary` returns, but
        // a loaded machine may take a moment to end the process: poll it
        // every 10 ms, with a deadline, until it is gone or a zombie waiting for init to reap
        // it (it runs no more).
        let runs_no_more = || {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            let state = stat
                .rsplit(") ")
                .next()
                .and_then(|rest| rest.chars().next());
            (stat.is_empty() || state == Some('Z'), stat)
        };
        let deadline = Instant::now() + Duration::from_secs(5);
        let mut seen = runs_no_more();
        while !seen.0 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(10));
            seen = runs_no_more();
        }
        assert!(seen.0, "process {pid} is still alive: {}", seen.1);
        assert!(
            std::net::TcpStream::connect(("127.0.0.1", port)).is_err(),
            "the server still holds port {port}"
        );
    }

    #[test]
    #[ignore = "a helper for the test above: it starts a server and hangs"]
    fn helper_that_starts_a_server_and_hangs() {
        if std::env::var_os("KATA_RUNNER_TEST_HANG").is_some() {
            let mut server = Command::new(std::env::current_exe().unwrap());
            server
                .args([
                    "--exact",
                    "process::tests::helper_server",
                    "--ignored",
                    "--nocapture",
                ])
                .env("KATA_RUNNER_TEST_SERVE", "1");
            // The server never ends, so this waits for ever.
            let _ = server.spawn().unwrap().wait();
        }
    }

    #[test]
    #[ignore = "a helper for the test above: a server that never stops"]
    fn helper_server() {
        if std::env::var_os("KATA_RUNNER_TEST_SERVE").is_some() {
            let listener = std::net::TcpListener::bind(("127.0.0.1", 0)).unwrap();
            let port = listener.local_addr().unwrap().port();
            println!("server {} {port}", std::process::id());
            let (_keep, wait) = mpsc::channel::<()>();
            let _ = wait.recv();
        }
    }

    #[test]
    #[ignore = "a helper for the test above: it hangs on purpose"]
    fn helper_that_hangs() {
        if std::env::var_os("KATA_RUNNER_TEST_HANG").is_some() {
            let (_keep, wait) = mpsc::channel::<()>();
            let _ = wait.recv();
        }
    }

    #[test]
    fn the_caller_can_stop_a_child_early() {
        let output = run(this_binary(), Duration::from_secs(30), |_| {
            AfterLine::StopWithin(Duration::ZERO)
        })
        .unwrap();
        // It may have finished before the stop came; it never timed out.
        assert_ne!(output.ending, Ending::TimedOut);
    }
}
