//! Kata 12: the shop's order API, and the documents it prints.
//!
//! | request                          | answer                                        |
//! |----------------------------------|-----------------------------------------------|
//! | `POST /orders` with a new order  | 201, the order as JSON, a `Location` header   |
//! | `GET /orders/{id}`               | 200, the order as JSON                        |
//! | `GET /orders/{id}/receipt`       | 200, the customer's receipt, as plain text    |
//! | `GET /orders/{id}/packing-slip`  | 200, the warehouse's packing slip, plain text |
//! | `POST /orders/{id}/shipments`    | 201, the shipment as JSON                     |
//!
//! Unknown orders are a 404, refused orders a 422, each with a JSON error
//! body (see [`error`]).
//!
//! The shop is real about two things that make its output change on every
//! run: each order and shipment gets a **fresh public id**, at random
//! ([`ids`]), and is stamped with the **current time** ([`clock`]). The JSON
//! shapes are in [`views`], the documents in [`receipt`] and
//! [`packing_slip`]. The shop is given and correct: you write its tests.

pub mod api;
pub mod catalog;
pub mod clock;
pub mod error;
pub mod ids;
pub mod money;
pub mod orders;
pub mod packing_slip;
pub mod receipt;
pub mod shipping;
pub mod store;
pub mod views;
