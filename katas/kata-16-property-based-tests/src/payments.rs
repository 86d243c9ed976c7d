//! The card provider, at the shop's edge: [`PaymentProvider`] is what the
//! shop needs of one, and [`Sandbox`] an in-process stand-in that keeps a
//! ledger a test can read, as a provider's dashboard would show it.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use crate::money::Cents;

/// The sandbox approves this card.
pub const GOOD_CARD: &str = "4242 4242 4242 4242";
/// The sandbox declines this card (and any other but [`GOOD_CARD`]).
pub const DECLINED_CARD: &str = "4000 0000 0000 0002";

/// The provider's id for a payment it took, such as `ch_1`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ChargeId(pub String);

/// The provider took no money.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declined;

/// What the shop needs from a card provider.
pub trait PaymentProvider: Send + Sync {
    /// Takes `amount` from `card`, for the shop's order `reference`.
    fn charge(&self, card: &str, amount: Cents, reference: i64) -> Result<ChargeId, Declined>;
    /// Gives `amount` of the payment `charge` back to its card.
    fn refund(&self, charge: &ChargeId, amount: Cents);
}

/// Money the sandbox took.
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

/// The card provider's test mode, in memory. Clones share one ledger: give
/// one to the shop and keep another to read it.
#[derive(Clone, Default)]
pub struct Sandbox {
    ledger: Arc<Mutex<Ledger>>,
}

#[derive(Default)]
struct Ledger {
    charges: Vec<Charge>,
    refunds: Vec<Refund>,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox::default()
    }

    /// Every charge the sandbox approved, oldest first.
    pub fn charges(&self) -> Vec<Charge> {
        self.ledger().charges.clone()
    }

    /// Every refund the sandbox made, oldest first.
    pub fn refunds(&self) -> Vec<Refund> {
        self.ledger().refunds.clone()
    }

    fn ledger(&self) -> MutexGuard<'_, Ledger> {
        self.ledger.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl PaymentProvider for Sandbox {
    fn charge(&self, card: &str, amount: Cents, reference: i64) -> Result<ChargeId, Declined> {
        if card != GOOD_CARD {
            return Err(Declined);
        }
        let mut ledger = self.ledger();
        let id = ChargeId(format!("ch_{}", ledger.charges.len() + 1));
        ledger.charges.push(Charge {
            id: id.clone(),
            amount,
            reference,
        });
        Ok(id)
    }

    fn refund(&self, charge: &ChargeId, amount: Cents) {
        self.ledger().refunds.push(Refund {
            charge: charge.clone(),
            amount,
        });
    }
}
