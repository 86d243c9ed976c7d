//! The shop's order events, and the background work they set off.
//!
//! ```text
//!  Shop::place_order ──► stock held for 15 minutes ──► (timer) ReservationExpired
//!  Shop::pay ──► job queue (mpsc) ──► Worker ──► mail server: the confirmation
//!                                         │  └─► stock: the held items are sold
//!                                         └─► retry in 30 s, or the dead letters
//!
//!  every step publishes an OrderEvent on the EventBus (broadcast): anyone who
//!  subscribed gets a copy, the tests' recorder among them
//! ```
//!
//! - [`shop`]: places orders (holding their stock) and takes payments (queuing
//!   a job for the worker).
//! - [`worker`]: the background worker that sends each paid order's
//!   confirmation and sells its stock; retries a failed confirmation after a
//!   delay, and gives up on one that keeps failing.
//! - [`bus`]: the event bus, where every part announces what it did.
//! - [`stock`], [`mail`], [`dead_letters`]: what the work changes.
//! - [`refunds`]: a second, smaller background job that the chapter uses for
//!   its examples. The kata does not use it.
//!
//! Every time in the shop comes from tokio's clock (`tokio::time::Instant`,
//! `sleep_until`, `timeout`), so a test on a paused clock controls all of it.

pub mod bus;
pub mod dead_letters;
pub mod events;
pub mod mail;
pub mod refunds;
pub mod shop;
pub mod stock;
pub mod worker;
