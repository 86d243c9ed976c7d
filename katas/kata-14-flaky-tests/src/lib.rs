//! The shop of kata 14: six small parts of it, each with a few integration
//! tests that pass on a good day and fail on a bad one.
//!
//! | module           | what it does                                        | step |
//! |------------------|-----------------------------------------------------|------|
//! | [`orders`]       | numbers orders, and confirms or cancels them        | 1    |
//! | [`outbox`]       | where those confirmation emails go                  | 1    |
//! | [`customers`]    | customer accounts and what each of them ordered     | 2    |
//! | [`stock_service`]| an HTTP service that answers stock counts           | 3    |
//! | [`inventory`]    | the stock counts, by sku                            | 4    |
//! | [`reports`]      | the reorder list and the stock sheet                | 4    |
//! | [`mailer`]       | sends emails from a background thread               | 5    |
//! | [`shipping`]     | ships parcels, and tells the customer               | 5    |
//! | [`clock`]        | timestamps, and where the time comes from           | 6    |
//! | [`checkout`]     | charges a card, and writes the receipt              | 6    |
//!
//! The tests are in `tests/it/scenarios/`, one file per step; the harness in
//! `tests/it/harness/` runs them in the ways that make their flakes show.

pub mod checkout;
pub mod clock;
pub mod customers;
pub mod email;
pub mod inventory;
pub mod mailer;
pub mod orders;
pub mod outbox;
pub mod reports;
pub mod shipping;
pub mod stock_service;
