//! `TestApp`: the whole shop, on a real server with a real database, for
//! one test.

use std::time::Duration;

use kata_15::db::Database;
use kata_15::notifications::Outbox;
use kata_15::payments::Sandbox;
use kata_15::server::serve;
use kata_15::shop::Shop;
use serde::Serialize;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

use crate::fixtures::CATALOG;

/// A shop of its own for one test: a server on a port of its own, over a
/// database of its own, stocked with `fixtures::CATALOG`, and a client to
/// call it with.
pub struct TestApp {
    /// Where the server listens, such as `http://127.0.0.1:54321`.
    pub address: String,
    /// A client for this server.
    pub client: reqwest::Client,
    /// The card provider's side of the story: what was charged and refunded.
    pub payments: Sandbox,
    /// The notifier's side: what the customers were told.
    pub outbox: Outbox,
    server: JoinHandle<()>,
}

impl TestApp {
    /// Starts a shop for this test, and returns once it takes requests.
    pub async fn spawn() -> TestApp {
        let payments = Sandbox::new();
        let outbox = Outbox::new();
        let database = Database::open_in_memory().expect("a fresh in-memory database opens");
        // The shop gets clones of the two boundaries; the test keeps the
        // originals, which see everything the clones record.
        let shop = Shop::new(database, payments.clone(), outbox.clone());
        // The back door, for the arrange step only: the API has no route
        // for stocking the catalog, and the tests check nothing through it.
        for product in &CATALOG {
            shop.add_product(product)
                .expect("the fixture catalog goes in");
        }

        // Port 0: any free port, so that tests running at the same time
        // never fight over one. Bound before the server starts, so that a
        // request sent at once waits in the queue: nothing to poll.
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a free port on loopback");
        let address = format!(
            "http://{}",
            listener
                .local_addr()
                .expect("a bound listener has an address")
        );
        let server = tokio::spawn(async move {
            serve(listener, shop)
                .await
                .expect("the test shop runs until the test ends");
        });

        let client = reqwest::Client::builder()
            // A proxy in the environment has no business seeing loopback.
            .no_proxy()
            // A shop that hangs fails the test rather than freezing the run.
            .timeout(Duration::from_secs(5))
            .build()
            .expect("an HTTP client builds");

        TestApp {
            address,
            client,
            payments,
            outbox,
            server,
        }
    }

    /// The full URL of `path` on this server, such as `app.url("/carts/1")`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// `GET path`, whatever the answer.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        let url = self.url(path);
        self.client
            .get(&url)
            .send()
            .await
            .unwrap_or_else(|error| panic!("GET {url} got no answer: {error}"))
    }

    /// `POST path` with `body` as JSON, whatever the answer.
    pub async fn post(&self, path: &str, body: &impl Serialize) -> reqwest::Response {
        let url = self.url(path);
        self.client
            .post(&url)
            .json(body)
            .send()
            .await
            .unwrap_or_else(|error| panic!("POST {url} got no answer: {error}"))
    }

    /// `POST path` with no body: the order's actions, such as `/orders/1/ship`.
    pub async fn post_empty(&self, path: &str) -> reqwest::Response {
        let url = self.url(path);
        self.client
            .post(&url)
            .send()
            .await
            .unwrap_or_else(|error| panic!("POST {url} got no answer: {error}"))
    }

    /// `PUT path` with `body` as JSON, whatever the answer.
    pub async fn put(&self, path: &str, body: &impl Serialize) -> reqwest::Response {
        let url = self.url(path);
        self.client
            .put(&url)
            .json(body)
            .send()
            .await
            .unwrap_or_else(|error| panic!("PUT {url} got no answer: {error}"))
    }
}

impl Drop for TestApp {
    /// Stops the server as soon as the test is done with it, even when the
    /// test panics.
    fn drop(&mut self) {
        self.server.abort();
    }
}
