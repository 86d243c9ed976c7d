//! Kata 15: the whole shop, over HTTP, on one SQLite database.
//!
//! A customer fills a cart, perhaps leaves it and comes back to it with
//! the coupon COMEBACK15 (15% off), searches the catalog for more, checks
//! out and pays. Checkout sets the items aside; payment charges the card
//! and confirms the order by notification; then the order ships, or is
//! cancelled or refunded (see [`order_status`] for which changes the shop
//! allows).
//!
//! | request | answer |
//! |---|---|
//! | `GET /health` | 200 `{"status": "ok"}` |
//! | `GET /products?q=mug` | 200, the products whose name contains the text |
//! | `GET /products/{sku}` | 200, the product (with what is `in_stock`), or 404 |
//! | `POST /carts` | 201, a new empty cart, with its `Location` |
//! | `GET /carts/{id}` | 200, the cart, with its lines and totals |
//! | `POST /carts/{id}/lines` `{"sku", "quantity"}` | 200, the cart |
//! | `PUT /carts/{id}/coupon` `{"code"}` | 200, the cart |
//! | `POST /carts/{id}/checkout` `{"email"}` | 201, the pending order, with its `Location` |
//! | `GET /orders/{id}` | 200, the order |
//! | `POST /orders/{id}/pay` `{"card"}` | 200, the paid order; 402 if the card is declined |
//! | `POST /orders/{id}/ship` | 200, the shipped order |
//! | `POST /orders/{id}/cancel` | 200, the cancelled order |
//! | `POST /orders/{id}/refund` | 200, the refunded order |
//!
//! Every refusal is a JSON [`error::ErrorBody`]; `src/error.rs` lists the
//! codes. Amounts are whole cents ([`money::Cents`]).
//!
//! The shop's two boundaries are traits: the card provider
//! ([`payments::PaymentProvider`]) and the notifier
//! ([`notifications::Notifier`]). This crate ships one in-process stand-in
//! for each, which a test can read: the provider's [`payments::Sandbox`]
//! and an [`notifications::Outbox`].
//!
//! The shop is given and correct: you write its tests.

pub mod api;
pub mod carts;
pub mod catalog;
pub mod coupons;
pub mod db;
pub mod error;
pub mod json_body;
pub mod money;
pub mod notifications;
pub mod order_status;
pub mod orders;
pub mod payments;
pub mod pricing;
pub mod server;
pub mod shop;
mod stock;
