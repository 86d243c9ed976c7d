//! The stock service: a small HTTP server that keeps the shop's stock counts
//! in a file of its data directory.
//!
//! The binary (`src/main.rs`, built as `stock-service`) is what the tests
//! start, as a child process. It is a real program: it reads its arguments,
//! binds a port, says which one on stdout, warms up, and serves:
//!
//! | request                 | answer                                              |
//! |-------------------------|-----------------------------------------------------|
//! | `GET /health`           | 200 `ok` once ready; 503 `warming up` before that   |
//! | `GET /stock`            | 200 and every stock record, as JSON, by sku         |
//! | `GET /stock/{sku}`      | 200 and the record; 404 when there is none          |
//! | `PUT /stock/{sku}`      | sets the quantity from `{"quantity": N}`; 200        |
//!
//! Every change is written to `stock.json` in the data directory before the
//! answer goes out, so the stock outlives the process.

pub mod app;
pub mod config;
pub mod store;
