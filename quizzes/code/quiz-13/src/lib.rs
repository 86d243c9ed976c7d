//! Chapter 13's quiz: the shop's gift-card desk, a background job of its own.
//!
//! A customer buys a gift card for someone; the shop answers at once, and the
//! desk does the rest later, in a task of its own: it issues the card's code
//! and mails it through the shop's mail relay. A relay that refuses an email
//! is asked again later, a minute after the first refusal and two minutes
//! after the second; after the third refusal, the card is set aside for a
//! person to look at. The desk announces every step on a broadcast channel.
//!
//! - `relay`: the mail relay, in memory, which the tests can make slow or
//!   make refuse;
//! - `desk`: the desk, its queue and its task.
//!
//! `broken/` holds broken versions of this crate, as patches; the quiz's
//! questions ask which tests catch them.

pub mod desk;
pub mod relay;

/// A gift card someone bought, to be mailed to `to`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GiftCard {
    pub id: u32,
    pub to: String,
}

/// What the desk announces, in the order it happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardEvent {
    /// The card's code exists, and is valid from now on.
    Issued(u32),
    /// The relay refused the email; `attempt` counts from 1.
    Refused { card: u32, attempt: u32 },
    /// The relay took the email.
    Sent(u32),
    /// The relay refused every attempt; a person has to look at it.
    SetAside(u32),
}
