//! `TestApp`: the whole shop, on a real server with a real database, for
//! one test. **You write it.**

/// A shop of its own for one test: a server on a port of its own, over a
/// database of its own, stocked with `fixtures::CATALOG`, and a client to
/// call it with.
///
/// Add the fields a test needs. An end-to-end test looks at the shop
/// through its API, and at its two boundaries, the card provider and the
/// notifier, the way their dashboards would: keep a handle on each. Keep
/// the server's task too, to stop it when the `TestApp` is dropped, even
/// by a test that panics.
pub struct TestApp {
    /// Where the server listens, such as `http://127.0.0.1:54321`.
    pub address: String,
    /// A client for this server.
    pub client: reqwest::Client,
}

impl TestApp {
    /// Starts a shop for this test, and returns once it takes requests.
    pub async fn spawn() -> TestApp {
        todo!(
            "kata 15, step 1: write TestApp::spawn in tests/it/app.rs: a Shop on a fresh \
             in-memory Database, stocked with fixtures::CATALOG, with a Sandbox and an Outbox \
             you keep clones of; served on 127.0.0.1:0 from a spawned task, whose JoinHandle \
             you keep and abort in a Drop for TestApp; and a reqwest client that ignores \
             proxy settings (no_proxy) and gives up after a few seconds"
        )
    }

    /// The full URL of `path` on this server, such as `app.url("/carts/1")`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }
}
