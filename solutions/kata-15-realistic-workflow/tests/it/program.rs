//! The shop as a program: the `shop` binary that `cargo run -p kata-15`
//! starts and a deploy would run. `TestApp` builds the shop from its parts
//! and so never runs `src/main.rs`; this test starts the real binary, on a
//! port the system picks, and runs a smoke check against it.

use std::io::{self, BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, ChildStdout, Command, Stdio};
use std::time::Duration;

use kata_15::api::Health;
use kata_15::catalog::Product;
use reqwest::StatusCode;
use tokio::task;
use tokio::time::{self, Instant};

use crate::steps::read;

/// Cargo builds a package's binaries before its integration tests, and
/// tells them where each one is.
const SHOP: &str = env!("CARGO_BIN_EXE_shop");

/// How long the program may take to announce its address, and then to
/// answer its health check: far more than it needs, so that only a broken
/// program runs out of it, and a hung one fails the test instead of
/// freezing it.
const STARTS_WITHIN: Duration = Duration::from_secs(5);

/// The port the program takes when `--port` is not given (src/main.rs).
/// Port 0 gets an ephemeral port from the system, never this one: seeing it
/// means the program did not read `--port`.
const DEFAULT_PORT: u16 = 8080;

/// How often to ask a program that is not ready yet whether it is.
const POLL_INTERVAL: Duration = Duration::from_millis(10);

/// A running `shop`, killed and waited for when this is dropped, whether
/// the test passed or panicked.
struct ShopProgram {
    child: Child,
    /// Such as `http://127.0.0.1:41237`, from what the program announced.
    address: String,
    client: reqwest::Client,
}

impl ShopProgram {
    /// Starts the program on a free port, with its database in memory, and
    /// returns once its health check answers 200.
    async fn start() -> ShopProgram {
        let mut child = Command::new(SHOP)
            // Port 0: the system picks a free one, and only the program
            // knows which, so it says so on its first line.
            .args(["--port", "0"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap_or_else(|error| panic!("cannot start {SHOP}: {error}"));
        let stdout = child.stdout.take().expect("the program's stdout is piped");
        // Owned from here on: if a step below panics, `Drop` stops it.
        let mut program = ShopProgram {
            child,
            address: String::new(),
            client: reqwest::Client::builder()
                .no_proxy()
                .timeout(STARTS_WITHIN)
                .build()
                .expect("an HTTP client builds"),
        };
        let first_line = time::timeout(STARTS_WITHIN, task::spawn_blocking(|| first_line(stdout)))
            .await
            .unwrap_or_else(|_| panic!("{SHOP} announced no address within {STARTS_WITHIN:?}"))
            .expect("the thread reading the program's stdout ends")
            .expect("the program's stdout can be read");
        let announced: SocketAddr = first_line
            .trim_end()
            .strip_prefix("listening on http://")
            .and_then(|address| address.parse().ok())
            .unwrap_or_else(|| {
                panic!(
                    "{SHOP}'s first line should be `listening on http://ADDRESS`; it was \
                     {first_line:?} (empty when it exited first: its stderr says why)"
                )
            });
        assert!(
            announced.ip().is_loopback(),
            "a demo listens on loopback only, not on {announced}"
        );
        assert_ne!(
            announced.port(),
            DEFAULT_PORT,
            "{SHOP} was given --port 0 and took its default port instead"
        );
        program.address = format!("http://{announced}");
        program.wait_until_healthy().await;
        program
    }

    /// Asks `GET /health` every few milliseconds until it answers 200, for
    /// no longer than `STARTS_WITHIN`. No answer, or another status, means
    /// "not yet".
    async fn wait_until_healthy(&self) {
        let url = self.url("/health");
        let deadline = Instant::now() + STARTS_WITHIN;
        let mut polls = time::interval(POLL_INTERVAL);
        loop {
            // The first tick is at once: a program that is ready costs no wait.
            polls.tick().await;
            let answer = self.client.get(&url).send().await;
            if answer
                .as_ref()
                .is_ok_and(|response| response.status() == StatusCode::OK)
            {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{url} did not answer 200 within {STARTS_WITHIN:?}; last: {answer:?}"
            );
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// `GET path` on the program, whatever the answer.
    async fn get(&self, path: &str) -> reqwest::Response {
        let url = self.url(path);
        self.client
            .get(&url)
            .send()
            .await
            .unwrap_or_else(|error| panic!("GET {url} got no answer: {error}"))
    }
}

/// The program's first line on stdout, or "" if it ended without one. Read
/// on a thread of its own, since the read blocks.
fn first_line(stdout: ChildStdout) -> io::Result<String> {
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line)?;
    Ok(line)
}

impl Drop for ShopProgram {
    /// Kills the program, then waits for it, so that it neither runs on nor
    /// stays behind as a zombie. Never panics: a panic here, during a test
    /// that is already panicking, would abort the whole test binary.
    fn drop(&mut self) {
        match self.child.kill() {
            Ok(()) => {
                let _ = self.child.wait();
            }
            Err(error) => eprintln!("cannot stop {SHOP} (pid {}): {error}", self.child.id()),
        }
    }
}

/// The program a deploy runs starts on the port it is given, says where it
/// listens, and serves its demo catalog: the smoke suite's first checks,
/// against the real binary.
#[tokio::test]
async fn the_shop_program_starts_and_serves_its_catalog() {
    let shop = ShopProgram::start().await;

    let health: Health = read(shop.get("/health").await, StatusCode::OK).await;
    let found: Vec<Product> = read(shop.get("/products?q=mug").await, StatusCode::OK).await;

    assert_eq!(health.status, "ok");
    assert!(!found.is_empty(), "its demo catalog has no mug");
    for product in &found {
        assert!(
            product.name.to_lowercase().contains("mug"),
            "a search for \"mug\" finds {product:?}"
        );
    }
}
