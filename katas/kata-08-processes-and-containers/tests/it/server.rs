//! The fixture: **the file you write**.
//!
//! `TestServer` starts the real `stock-service` binary as a child process,
//! with its own free port and its own temporary data directory, waits until
//! the service is ready, and stops it again when the test is over, even when
//! the test panics. `Options` and `StartError` are given; the parts of
//! `TestServer` marked `todo!()`, and its `Drop`, are yours.
//!
//! What you will need (the chapter explains each one):
//! - `tempfile::tempdir()` for the data directory: the `TempDir` it returns
//!   removes the directory when it is dropped;
//! - `std::process::Command` to spawn `STOCK_SERVICE` with `--port 0`,
//!   `--data-dir DIR`, `--warm-up-ms MILLIS` and `--exit-when-stdin-closes`
//!   (run `cargo run -p kata-08 -- --help` to read them all), with its stdin
//!   and stdout piped (`Stdio::piped()`);
//! - the service's first line on stdout, `listening on http://ADDRESS`, read
//!   with a `BufReader`, for the port it got;
//! - `crate::http::get(addr, "/health")`, asked again every few milliseconds
//!   until it answers 200, and never for longer than `options.ready_within`;
//! - `Child::kill` and then `Child::wait`, in `Drop`.

use std::error::Error;
use std::fmt;
use std::io;
use std::net::SocketAddr;
use std::path::Path;
use std::time::Duration;

/// The service under test. Cargo builds a package's binaries before its
/// integration tests, and tells them where each one is.
const STOCK_SERVICE: &str = env!("CARGO_BIN_EXE_stock-service");

/// How to start the service. Given.
#[derive(Debug, Clone)]
pub struct Options {
    /// How long the service takes to get ready (its `--warm-up-ms`).
    pub warm_up: Duration,
    /// How long to wait for it to get ready before giving up.
    pub ready_within: Duration,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            warm_up: Duration::ZERO,
            ready_within: Duration::from_secs(5),
        }
    }
}

/// Why a service could not be started. Given.
#[derive(Debug)]
#[allow(
    dead_code,
    reason = "your try_start returns NoAddress and NotReady; until then, nothing does"
)]
pub enum StartError {
    /// The binary could not be spawned, or its output could not be read.
    Io(io::Error),
    /// The service's first line on stdout was not `listening on
    /// http://ADDRESS`. It is empty when the service exited before saying
    /// anything: its message on stderr says why.
    NoAddress { first_line: String },
    /// The service did not answer `GET /health` with 200 within `waited`.
    /// It has been stopped.
    NotReady { pid: u32, waited: Duration },
}

impl fmt::Display for StartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StartError::Io(error) => write!(f, "cannot start {STOCK_SERVICE}: {error}"),
            StartError::NoAddress { first_line } if first_line.is_empty() => write!(
                f,
                "stock-service ended before it announced its address; its own message, on \
                 stderr, says why"
            ),
            StartError::NoAddress { first_line } => write!(
                f,
                "stock-service did not announce its address; its first line was {first_line:?}"
            ),
            StartError::NotReady { pid, waited } => write!(
                f,
                "stock-service (pid {pid}) was not ready after {waited:?}, and was stopped"
            ),
        }
    }
}

impl Error for StartError {}

impl From<io::Error> for StartError {
    fn from(error: io::Error) -> StartError {
        StartError::Io(error)
    }
}

/// A running `stock-service`, stopped when this is dropped.
///
/// Add the fields it needs inside the `{ }`: what it must keep for as long as
/// the service runs, and what it must clean up afterward.
pub struct TestServer {}

impl TestServer {
    /// Starts a service with the default options, and panics if it cannot.
    /// Given: the panic message is the `StartError`.
    pub fn start() -> TestServer {
        TestServer::try_start(Options::default()).unwrap_or_else(|error| panic!("{error}"))
    }

    /// Starts a service in a new temporary data directory, on a port the
    /// system picks, and returns once `GET /health` answers 200.
    ///
    /// If the service is not ready within `options.ready_within`, stop it and
    /// return `StartError::NotReady`. The `?` operator turns an `io::Error`
    /// into a `StartError`.
    pub fn try_start(options: Options) -> Result<TestServer, StartError> {
        todo!(
            "kata 08, step 1: in tests/it/server.rs, write TestServer::try_start: make a temporary \
             data directory, spawn {STOCK_SERVICE} on port 0 with a warm-up of {:?}, read the \
             address it announces, and wait (at most {:?}) until GET /health answers 200",
            options.warm_up,
            options.ready_within,
        )
    }

    /// Where the service listens: 127.0.0.1 and the port it announced.
    pub fn addr(&self) -> SocketAddr {
        todo!(
            "kata 08, step 1: in tests/it/server.rs, make TestServer::addr return the announced address"
        )
    }

    /// The service's data directory, where it keeps `stock.json`.
    pub fn data_dir(&self) -> &Path {
        todo!(
            "kata 08, step 1: in tests/it/server.rs, make TestServer::data_dir return the temporary directory"
        )
    }

    /// The process id of the running service.
    pub fn pid(&self) -> u32 {
        todo!(
            "kata 08, step 1: in tests/it/server.rs, make TestServer::pid return the child's process id"
        )
    }

    /// Stops the service, and starts a new one on the same data directory.
    pub fn restart(&mut self) {
        todo!(
            "kata 08, step 2: in tests/it/server.rs, write TestServer::restart: stop the process, then \
             start a new one on the same data directory and wait until it is ready"
        )
    }
}

impl Drop for TestServer {
    /// Runs when the test ends, whether it passed or panicked.
    fn drop(&mut self) {
        // kata 08, step 3: stop the service here: kill the process, then wait
        // for it, so that it neither keeps running nor lingers as a zombie.
        //
        // (This is the one place with no `todo!()`: a panic in `drop` while a
        // test is already panicking aborts the whole test run.)
    }
}
