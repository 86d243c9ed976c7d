//! Starting: the fixture spawns the binary, learns the port it got, and
//! returns only once the service is ready.

use std::time::{Duration, Instant};

use crate::http::{self, Response};
use crate::process::{self, ProcessState};
use crate::server::{Options, StartError, TestServer};

#[test]
fn the_service_answers_its_health_check() {
    let server = TestServer::start();

    let addr = server.addr();
    assert!(
        addr.ip().is_loopback() && addr.port() != 0,
        "\nThe fixture says the service listens on {addr}. The service listens on 127.0.0.1,\n\
         on the port it got: read it from the service's first line on stdout,\n\
         `listening on http://127.0.0.1:PORT`. Port 0 only asks the system for a free port.\n",
    );
    let response = http::get(addr, "/health").unwrap_or_else(|error| {
        panic!(
            "\nNo answer from {addr}/health: {error}.\n\
             Is `addr()` the address that the service announced on its first line?\n"
        )
    });
    assert_eq!(
        response,
        Response {
            status: 200,
            body: "ok".to_string()
        },
        "\nThe service is not ready yet (503 means \"warming up\"): try_start should return\n\
         only once GET /health answers 200.\n",
    );
}

// ANCHOR: slow
#[test]
fn the_fixture_waits_until_a_slow_service_is_ready() {
    let warm_up = Duration::from_millis(300);
    let started = Instant::now();

    let server = TestServer::try_start(Options {
        warm_up,
        ..Options::default()
    })
    .unwrap_or_else(|error| panic!("{error}"));

    let took = started.elapsed();
    assert!(
        took >= warm_up,
        "\ntry_start returned after {took:?}, but the service takes {warm_up:?} to get ready.\n\
         Pass options.warm_up to the service as `--warm-up-ms MILLIS`.\n",
    );
    let response = http::get(server.addr(), "/stock").expect("no answer from the service");
    assert_eq!(
        response.status, 200,
        "\nThe first request after try_start returned was answered {} {:?}.\n\
         try_start must not return before the service is ready: ask GET /health again\n\
         every few milliseconds until it answers 200 (503 means \"warming up\").\n",
        response.status, response.body,
    );
}
// ANCHOR_END: slow

#[test]
fn a_service_that_is_not_ready_in_time_is_reported_and_stopped() {
    let ready_within = Duration::from_millis(200);
    let options = Options {
        warm_up: Duration::from_secs(10),
        ready_within,
    };

    match TestServer::try_start(options) {
        Err(StartError::NotReady { pid, waited }) => {
            assert!(
                waited >= ready_within,
                "\ntry_start gave up after {waited:?}: give the service all of \
                 options.ready_within ({ready_within:?}).\n",
            );
            let state = process::state(pid);
            if state == ProcessState::Running {
                process::kill(pid);
            }
            assert_eq!(
                state,
                ProcessState::Gone,
                "\ntry_start gave up on the service (pid {pid}) but left it {state:?}.\n\
                 A fixture that fails must still stop what it started: kill the process and\n\
                 wait for it. If the `TestServer` already exists when the wait fails, its\n\
                 `Drop` does that for you.\n",
            );
        }
        Err(other) => panic!("\nExpected StartError::NotReady, got: {other}\n"),
        Ok(server) => panic!(
            "\ntry_start returned a service (pid {}) that warms up for 10 s, when it was asked\n\
             to give up after {ready_within:?}: return StartError::NotReady once \
             options.ready_within has passed.\n",
            server.pid()
        ),
    }
}
