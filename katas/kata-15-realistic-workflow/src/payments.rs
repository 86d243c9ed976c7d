//! The card provider: a boundary of the shop. The shop talks to it through
//! [`PaymentProvider`]; this crate ships [`Sandbox`], an in-process stand-in
//! that behaves like a provider's test mode, and keeps a ledger a test can
//! read, as a provider's dashboard would show it.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use serde::{Deserialize, Serialize};

use crate::money::Cents;

// ANCHOR: cards
/// The sandbox approves this card.
pub const GOOD_CARD: &str = "4242 4242 4242 4242";
/// The sandbox declines this card, as a bank would for a card with no funds.
pub const DECLINED_CARD: &str = "4000 0000 0000 0002";
// ANCHOR_END: cards

/// The provider's id for a payment it took, such as `ch_1`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ChargeId(pub String);

/// Why the provider took no money.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declined {
    pub reason: String,
}

/// What the shop needs from a card provider.
pub trait PaymentProvider: Send + Sync {
    /// Takes `amount` from `card`, for the shop's order `reference`.
    fn charge(&self, card: &str, amount: Cents, reference: i64) -> Result<ChargeId, Declined>;
    /// Gives `amount` of the payment `charge` back to its card.
    fn refund(&self, charge: &ChargeId, amount: Cents);
}

// ANCHOR: ledger
/// Money the sandbox took: a card it approved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Charge {
    pub id: ChargeId,
    pub amount: Cents,
    /// The shop's order id.
    pub reference: i64,
}

/// Money the sandbox gave back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refund {
    pub charge: ChargeId,
    pub amount: Cents,
}

/// The card provider's test mode, in memory. Clones share one account: give
/// one to the shop and keep another to read the ledger.
#[derive(Clone, Default)]
pub struct Sandbox {
    ledger: Arc<Mutex<Ledger>>,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox::default()
    }

    /// Every charge the sandbox approved, oldest first. Declined cards take
    /// no money, so they leave no charge.
    pub fn charges(&self) -> Vec<Charge> {
        self.ledger().charges.clone()
    }

    /// Every refund the sandbox made, oldest first.
    pub fn refunds(&self) -> Vec<Refund> {
        self.ledger().refunds.clone()
    }
    // ANCHOR_END: ledger

    fn ledger(&self) -> MutexGuard<'_, Ledger> {
        self.ledger.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[derive(Default)]
struct Ledger {
    charges: Vec<Charge>,
    refunds: Vec<Refund>,
}

impl PaymentProvider for Sandbox {
    fn charge(&self, card: &str, amount: Cents, reference: i64) -> Result<ChargeId, Declined> {
        match card {
            GOOD_CARD => {
                let mut ledger = self.ledger();
                let id = ChargeId(format!("ch_{}", ledger.charges.len() + 1));
                ledger.charges.push(Charge {
                    id: id.clone(),
                    amount,
                    reference,
                });
                Ok(id)
            }
            DECLINED_CARD => Err(Declined {
                reason: "the card was declined".to_string(),
            }),
            // Like a real test mode: a number that is not a test card is
            // refused, so that a typo in a test can't pass for a payment.
            _ => Err(Declined {
                reason: "the sandbox knows no such card".to_string(),
            }),
        }
    }

    fn refund(&self, charge: &ChargeId, amount: Cents) {
        self.ledger().refunds.push(Refund {
            charge: charge.clone(),
            amount,
        });
    }
}
