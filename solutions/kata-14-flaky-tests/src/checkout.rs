//! The checkout: it charges the customer's card and writes the receipt.

use crate::clock::{Clock, SystemClock, Timestamp};

/// An amount of money, in cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cents(pub u64);

/// A card number, as the customer typed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card(pub String);

impl Card {
    pub fn new(number: &str) -> Card {
        Card(number.to_string())
    }
}

/// The bank's answer when it will not pay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Declined;

/// Takes money from a card: the card processor's API in production.
pub trait PaymentGateway: Send + Sync {
    fn charge(&self, card: &Card, amount: Cents) -> Result<(), Declined>;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaymentError {
    Declined,
}

/// How long a customer may bring a purchase back.
pub const RETURN_DAYS: u64 = 30;

/// What the customer takes home.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    pub total: Cents,
    /// When the card was charged.
    pub paid_at: Timestamp,
    /// The last moment the purchase can be returned.
    pub returns_until: Timestamp,
}

pub struct Checkout {
    gateway: Box<dyn PaymentGateway>,
    clock: Box<dyn Clock>,
}

impl Checkout {
    /// A checkout that tells the time by the system clock.
    pub fn new(gateway: impl PaymentGateway + 'static) -> Checkout {
        Checkout::with_clock(gateway, SystemClock)
    }

    /// A checkout that tells the time by `clock`: a test hands it one that
    /// it controls, so that it knows what the receipt will say.
    pub fn with_clock(
        gateway: impl PaymentGateway + 'static,
        clock: impl Clock + 'static,
    ) -> Checkout {
        Checkout {
            gateway: Box::new(gateway),
            clock: Box::new(clock),
        }
    }

    /// Charges `total` to the card and, once the bank has said yes, writes
    /// the receipt.
    pub fn pay(&self, total: Cents, card: &Card) -> Result<Receipt, PaymentError> {
        self.gateway
            .charge(card, total)
            .map_err(|Declined| PaymentError::Declined)?;
        let paid_at = self.clock.now();
        Ok(Receipt {
            total,
            paid_at,
            returns_until: paid_at.plus_days(RETURN_DAYS),
        })
    }
}
