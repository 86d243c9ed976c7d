//! Kata 09: the shop's registration and checkout, and the doubles that stand
//! in for what they talk to.
//!
//! Two services, each over traits:
//!
//! - [`registration::Registration`] opens an account: it saves the customer
//!   in the [`store::Store`] and sends a welcome through the
//!   [`mailer::Mailer`], at the time the [`clock::Clock`] says;
//! - [`checkout::Checkout`] stores an order, charges the card through the
//!   [`payments::PaymentGateway`] (asking once more if it can't be reached),
//!   records the outcome, and sends a receipt or the news of a decline.
//!
//! Every trait carries `#[automock]`, so `MockStore`, `MockMailer`,
//! `MockPaymentGateway` and `MockClock` exist next to them. The real store is
//! [`sqlite_store::SqliteStore`]. [`shipping`] is the chapter's worked
//! example, on another part of the shop.
//!
//! The services are given and correct: you write their tests.

pub mod cart;
pub mod checkout;
pub mod clock;
pub mod customers;
pub mod mailer;
pub mod money;
pub mod orders;
pub mod payments;
pub mod registration;
pub mod shipping;
pub mod sqlite_store;
pub mod store;
