//! Running a child process with a time limit, reading its output as it comes.
//!
//! Every program the runner starts (cargo, a kata's test binaries) goes
//! through here, so that nothing it starts can freeze the learner's terminal:
//! a child that outlives its limit is killed, and the caller is told so.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

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
pub enum Next {
    /// Keep going until the child exits or its limit comes.
    Continue,
    /// The child may run at most this much longer.
    StopWithin(Duration),
}

/// After the child is gone, how long to wait for the rest of its output. A
/// grandchild that inherited the pipes (a server a test started) can hold
/// them open; its output is not worth a frozen runner.
const DRAIN: Duration = Duration::from_millis(500);

/// Runs `command` with stdin closed, for at most `limit`, handing each line
/// of its stdout to `on_line` as it arrives.
pub fn run(
    mut command: Command,
    limit: Duration,
    mut on_line: impl FnMut(&str) -> Next,
) -> Result<Output> {
    let program = command.get_program().to_string_lossy().into_owned();
    let started = Instant::now();
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
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
                    if let Next::StopWithin(grace) = on_line(&line) {
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
            break exited(status);
        }
        if Instant::now() >= deadline {
            kill(&mut child);
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
    let drain_until = Instant::now() + DRAIN;
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

fn kill(child: &mut Child) {
    // Either call fails only when the child has just exited by itself.
    let _ = child.kill();
    let _ = child.wait();
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
            Next::Continue
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
        let output = run(command, Duration::from_millis(300), |_| Next::Continue).unwrap();
        assert_eq!(output.ending, Ending::TimedOut);
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{:?}",
            started.elapsed()
        );
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
            Next::StopWithin(Duration::ZERO)
        })
        .unwrap();
        // It may have finished before the stop came; it never timed out.
        assert_ne!(output.ending, Ending::TimedOut);
    }
}
