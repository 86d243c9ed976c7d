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
use std::io::{self, BufRead, BufReader};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use tempfile::TempDir;

use crate::http;

/// The service under test. Cargo builds a package's binaries before its
/// integration tests, and tells them where each one is.
const STOCK_SERVICE: &str = env!("CARGO_BIN_EXE_stock-service");

/// How often to ask a warming-up service whether it is ready.
const POLL_INTERVAL: Duration = Duration::from_millis(10);

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
pub struct TestServer {
    // Fields drop after `Drop::drop` has run: the process is stopped before
    // its data directory is removed (Windows cannot remove a directory that a
    // running process uses).
    child: Child,
    addr: SocketAddr,
    options: Options,
    data_dir: TempDir,
}

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
        let data_dir = tempfile::tempdir()?;
        let (child, addr) = launch(data_dir.path(), options.warm_up)?;
        // From here on the server owns the process: if the wait fails, the
        // `?` drops the server, and `Drop` stops the process.
        let server = TestServer {
            child,
            addr,
            options,
            data_dir,
        };
        server.wait_until_ready()?;
        Ok(server)
    }

    /// Where the service listens: 127.0.0.1 and the port it announced.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The service's data directory, where it keeps `stock.json`.
    pub fn data_dir(&self) -> &Path {
        self.data_dir.path()
    }

    /// The process id of the running service.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Stops the service, and starts a new one on the same data directory,
    /// with the same options.
    pub fn restart(&mut self) {
        stop(&mut self.child);
        let (child, addr) = launch(self.data_dir.path(), self.options.warm_up)
            .unwrap_or_else(|error| panic!("cannot restart: {error}"));
        self.child = child;
        self.addr = addr;
        self.wait_until_ready()
            .unwrap_or_else(|error| panic!("cannot restart: {error}"));
    }

    /// Asks `GET /health` every few milliseconds until it answers 200, or
    /// until `options.ready_within` has passed. An answer of 503, or no
    /// answer at all, means "not yet".
    fn wait_until_ready(&self) -> Result<(), StartError> {
        let started = Instant::now();
        loop {
            if http::get(self.addr, "/health").is_ok_and(|response| response.status == 200) {
                return Ok(());
            }
            if started.elapsed() >= self.options.ready_within {
                return Err(StartError::NotReady {
                    pid: self.pid(),
                    waited: started.elapsed(),
                });
            }
            thread::sleep(POLL_INTERVAL);
        }
    }
}

impl Drop for TestServer {
    /// Runs when the test ends, whether it passed or panicked.
    fn drop(&mut self) {
        stop(&mut self.child);
    }
}

/// Spawns the service on a port the system picks, with `data_dir` as its data
/// directory, and reads the address it announces on its first line.
fn launch(data_dir: &Path, warm_up: Duration) -> Result<(Child, SocketAddr), StartError> {
    let mut child = Command::new(STOCK_SERVICE)
        .args(["--port", "0", "--data-dir"])
        .arg(data_dir)
        .args(["--warm-up-ms", &warm_up.as_millis().to_string()])
        // The service stops when its stdin closes. `Child` keeps the pipe
        // open while the test runs; the system closes it if the test process
        // dies without running `Drop`.
        .arg("--exit-when-stdin-closes")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    match read_address(&mut child) {
        Ok(addr) => Ok((child, addr)),
        Err(error) => {
            stop(&mut child);
            Err(error)
        }
    }
}

/// Reads the service's first line, `listening on http://ADDRESS`. If the
/// service exits instead, the line is empty: the read does not hang.
fn read_address(child: &mut Child) -> Result<SocketAddr, StartError> {
    let stdout = child.stdout.take().expect("the service's stdout is piped");
    let mut first_line = String::new();
    BufReader::new(stdout).read_line(&mut first_line)?;
    let addr = first_line
        .trim_end()
        .strip_prefix("listening on http://")
        .and_then(|addr| addr.parse().ok());
    addr.ok_or(StartError::NoAddress { first_line })
}

/// Kills the process and waits for it, so that it neither keeps running nor
/// stays behind as a zombie.
fn stop(child: &mut Child) {
    // `kill` succeeds on a process that has already exited, too. It fails
    // only when the system refuses, and then `wait` could block for ever: say
    // so instead (`drop` cannot return an error).
    match child.kill() {
        Ok(()) => {
            let _ = child.wait();
        }
        Err(error) => eprintln!("cannot stop stock-service (pid {}): {error}", child.id()),
    }
}
