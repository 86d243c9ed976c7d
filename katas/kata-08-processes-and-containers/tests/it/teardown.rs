//! Teardown: no service outlives its test, however the test ends: when the
//! fixture is dropped, when the test panics, and even when the whole test
//! process is killed and no `Drop` runs at all.

use std::env;
use std::io::{self, BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use crate::process::{self, ProcessState};
use crate::server::TestServer;

/// Fails the test if process `pid` is not gone, and says what the fixture
/// should have done. A process still running is killed first, so that a
/// failing test leaves nothing behind.
fn assert_gone(pid: u32, when: &str) {
    let state = process::state(pid);
    if state == ProcessState::Running {
        process::kill(pid);
    }
    let advice = match state {
        ProcessState::Gone => return,
        ProcessState::Running => {
            "It is still running: in `Drop for TestServer` (tests/it/server.rs), kill it."
        }
        ProcessState::Zombie => {
            "It has exited, but nobody waited for it, so it lingers as a zombie: after\n\
             `kill`, call `wait` on the `Child`."
        }
    };
    panic!("\n{when}, the service (pid {pid}) should be gone.\n{advice}\n");
}

#[test]
fn dropping_the_fixture_stops_the_service_and_removes_its_directory() {
    let server = TestServer::start();
    let pid = server.pid();
    let data_dir = server.data_dir().to_path_buf();
    assert_eq!(process::state(pid), ProcessState::Running);

    drop(server);

    assert_gone(pid, "After the fixture was dropped");
    assert!(
        !data_dir.exists(),
        "\nThe data directory {} is still there. Keep the `TempDir` in the `TestServer`:\n\
         it removes the directory when it is dropped.\n",
        data_dir.display(),
    );
}

// ANCHOR: panicked
#[test]
fn a_test_that_panics_still_stops_its_service() {
    let (send_pid, pid) = mpsc::channel();

    // The test harness runs each test on a thread of its own and catches its
    // panic; this thread does the same for a test that fails with a service
    // running.
    let outcome = thread::spawn(move || {
        let server = TestServer::start();
        send_pid.send(server.pid()).expect("the test is listening");
        panic!("a test failing on purpose, with its service running");
    })
    .join();

    let pid = pid
        .recv()
        .expect("the thread failed before it started a service");
    assert!(outcome.is_err(), "the thread panics on purpose");
    assert_gone(pid, "After a test panicked");
}
// ANCHOR_END: panicked

/// How the helper below tells the test above it which service it started.
const PID_LINE: &str = "service pid: ";
/// Set in the helper's environment: without it, the helper refuses to run.
const HELPER_VARIABLE: &str = "KATA_08_KILLED_TEST_PROCESS";

// ANCHOR: killed
#[test]
fn the_service_stops_when_the_test_process_is_killed() {
    // Run this test binary again, with only the helper test below: a test
    // process of our own, to kill.
    let this_binary = env::current_exe().expect("the test binary's path");
    let mut helper = Command::new(this_binary)
        .args(["teardown::helper_holds_a_service_until_killed", "--exact"])
        .arg("--ignored")
        .env(HELPER_VARIABLE, "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("cannot run the test binary again");
    let pid = read_service_pid(&mut helper);
    assert_eq!(process::state(pid), ProcessState::Running);

    // No unwinding, no `Drop`: as when a test run is killed from outside.
    helper.kill().expect("cannot kill the helper test");
    helper.wait().expect("cannot wait for the helper test");

    let state = process::wait_until_stopped(pid, Duration::from_secs(5));
    if state == ProcessState::Running {
        process::kill(pid);
        panic!(
            "\nThe test process that started the service (pid {pid}) was killed, and the\n\
             service was still running 5 s later. `Drop` never runs in a killed process:\n\
             start the service with `--exit-when-stdin-closes`, and give it a piped stdin\n\
             that stays open as long as the `Child` does (`Stdio::piped()`).\n"
        );
    }
    // Gone, or a zombie waiting for its new parent to collect it: either way
    // it has exited, and it is no longer ours to wait for.
}
// ANCHOR_END: killed

/// Reads the helper's output up to the line that gives the service's pid.
fn read_service_pid(helper: &mut std::process::Child) -> u32 {
    let stdout = helper.stdout.take().expect("the helper's stdout is piped");
    let mut output = Vec::new();
    for line in BufReader::new(stdout).lines() {
        let line = line.expect("the helper's output is text");
        match line.strip_prefix(PID_LINE) {
            Some(pid) => return pid.parse().expect("a pid is a number"),
            None => output.push(line),
        }
    }
    let _ = helper.wait();
    panic!(
        "\nThe helper test ended before it started a service:\n\n{}\n",
        why_it_failed(&output)
    );
}

/// The panic message in a test binary's output: the lines after `panicked
/// at`, up to the next empty line.
fn why_it_failed(output: &[String]) -> String {
    let message: Vec<&str> = output
        .iter()
        .skip_while(|line| !line.contains("panicked at"))
        .skip(1)
        .take_while(|line| !line.is_empty() && !line.starts_with("stack backtrace:"))
        .map(String::as_str)
        .collect();
    if message.is_empty() {
        "(it printed no panic message)".to_string()
    } else {
        message.join("\n")
    }
}

/// Not a test of its own: the test above runs it in a second test process,
/// and kills that process while the service is running.
#[test]
#[ignore = "a helper: the_service_stops_when_the_test_process_is_killed runs it, then kills it"]
fn helper_holds_a_service_until_killed() {
    assert!(
        env::var_os(HELPER_VARIABLE).is_some(),
        "not a test to run on its own: the_service_stops_when_the_test_process_is_killed \
         runs it in a process of its own, and kills that process"
    );
    let server = TestServer::start();

    // Straight to stdout, not through `println!`: the harness captures that.
    let mut stdout = io::stdout().lock();
    writeln!(stdout, "{PID_LINE}{}", server.pid()).expect("cannot write to stdout");
    stdout.flush().expect("cannot write to stdout");
    drop(stdout);

    // Nothing is ever written here: this waits until the process is killed.
    // If the test above dies first, the pipe closes and the server is dropped.
    let _ = io::copy(&mut io::stdin().lock(), &mut io::sink());
    drop(server);
}
