//! Chapter 15's quiz: the shop's click-and-collect orders, from the outside.
//!
//! A customer orders online and collects in the shop. The order is charged
//! when it is placed; the staff pack it, and the customer is told it is ready;
//! the customer collects it. Until then it can be canceled: the card is
//! refunded, the items go back on the shelf, and the customer is told.
//!
//! - `api`: the shop's routes, without the sockets: each method is one
//!   request, and answers a status and a JSON body;
//! - `shop`: the workflows behind the routes;
//! - `order`: an order, and the rules of its life (`Status::after`);
//! - `store`: where the shop keeps its products and orders (a database in
//!   production), which a test can also open from the back;
//! - `edges`: the two systems the shop doesn't own, as in-process stand-ins
//!   that a test can read: the card provider's sandbox and an outbox.
//!
//! `broken/` holds broken versions of this crate, as patches; the quiz's
//! questions ask which tests catch them.

pub mod api;
pub mod edges;
pub mod order;
pub mod shop;
pub mod store;

/// An amount in cents: `Cents(1250)` is 12.50.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cents(pub u64);
