//! The card provider: an external system, simulated in memory. Its charges
//! live outside the shop's database, so a database rollback cannot undo one.

use std::cell::RefCell;
use std::rc::Rc;

use crate::money::Cents;

/// The sandbox declines this card and approves every other one.
pub const DECLINED_CARD: &str = "4000 0000 0000 0002";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Charge {
    pub id: String,
    /// The shop's order id, sent along as the provider's "reference".
    pub reference: i64,
    pub card: String,
    pub amount: Cents,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaymentError {
    Declined,
}

/// A handle on the provider's sandbox; clones share the same account, so a
/// test can keep one to look at what was charged.
#[derive(Clone, Default)]
pub struct PaymentGateway {
    charges: Rc<RefCell<Vec<Charge>>>,
}

impl PaymentGateway {
    pub fn sandbox() -> PaymentGateway {
        PaymentGateway::default()
    }

    /// Charges `amount` to `card` for order `reference`; returns the charge id.
    pub fn charge(
        &self,
        reference: i64,
        card: &str,
        amount: Cents,
    ) -> Result<String, PaymentError> {
        if card == DECLINED_CARD {
            return Err(PaymentError::Declined);
        }
        let mut charges = self.charges.borrow_mut();
        let id = format!("ch_{}", charges.len() + 1);
        charges.push(Charge {
            id: id.clone(),
            reference,
            card: card.to_string(),
            amount,
        });
        Ok(id)
    }

    /// Gives a charge's money back (it disappears from the account).
    pub fn refund(&self, charge_id: &str) {
        self.charges
            .borrow_mut()
            .retain(|charge| charge.id != charge_id);
    }

    /// Every charge that was taken and not refunded.
    pub fn charges(&self) -> Vec<Charge> {
        self.charges.borrow().clone()
    }
}
