//! The shop's client for a third-party carrier: it asks for shipping rates
//! and books shipments over HTTP.
//!
//! The carrier's API, as its documentation describes it:
//!
//! | request                                   | success                          |
//! |-------------------------------------------|----------------------------------|
//! | `GET /v1/rates?weight_grams=W&to=POSTCODE` | 200 `{"rates": [Rate, ...]}`     |
//! | `POST /v1/shipments` with a `Booking`      | 201, the `Shipment`              |
//!
//! A refusal (4xx) comes with `{"code": "...", "message": "..."}`; a 429
//! may say how long to wait in a `Retry-After` header, in seconds. A booking
//! may carry an `Idempotency-Key` header: the carrier books each key once,
//! and answers a repeat of it with the shipment it already made.
//!
//! Modules, one concept each:
//! - [`carrier`]: what the carrier's API sends and expects;
//! - [`error`]: what can go wrong, in the shop's words;
//! - [`idempotency`]: the key that makes a booking safe to send again;
//! - [`settings`]: the timeout and the retry policy of a client;
//! - [`retry`]: how many attempts, how long to wait between them, and the
//!   [`retry::Pause`] that does the waiting;
//! - [`client`]: the client itself, **the file you edit** (steps 2 to 5);
//! - [`address_lookup`]: the chapter's example, another provider's client.
//!   It is given and complete; it is not part of the kata.

pub mod address_lookup;
pub mod carrier;
pub mod client;
pub mod error;
pub mod idempotency;
pub mod retry;
pub mod settings;
