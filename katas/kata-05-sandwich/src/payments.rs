//! The card provider's sandbox: an external system, simulated in memory.
//!
//! Like a real provider's test mode, it approves every card but one, which
//! it declines. It is always up: it has no way to behave as if the provider
//! could not be reached. Only a stub can show the shop that case.

use std::cell::RefCell;
use std::rc::Rc;

use crate::contract::{ChargeId, OrderId, PaymentError, Payments};
use crate::money::Cents;

/// The sandbox declines this card and approves every other one.
pub const DECLINED_CARD: &str = "4000 0000 0000 0002";

/// A charge, as the provider's dashboard shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Charge {
    pub id: ChargeId,
    pub card: String,
    pub amount: Cents,
    /// The shop's order number.
    pub reference: OrderId,
    pub refunded: bool,
}

/// A handle on the sandbox account; clones share it, so a test can keep one
/// to look at what was charged.
#[derive(Clone, Default)]
pub struct PaymentGateway {
    charges: Rc<RefCell<Vec<Charge>>>,
}

impl PaymentGateway {
    pub fn sandbox() -> PaymentGateway {
        PaymentGateway::default()
    }

    /// Every charge made on the account, refunded ones included.
    pub fn charges(&self) -> Vec<Charge> {
        self.charges.borrow().clone()
    }
}

impl Payments for PaymentGateway {
    fn charge(
        &self,
        card: &str,
        amount: Cents,
        reference: OrderId,
    ) -> Result<ChargeId, PaymentError> {
        if card == DECLINED_CARD {
            return Err(PaymentError::Declined);
        }
        let mut charges = self.charges.borrow_mut();
        let id = ChargeId(format!("ch_{}", charges.len() + 1));
        charges.push(Charge {
            id: id.clone(),
            card: card.to_string(),
            amount,
            reference,
            refunded: false,
        });
        Ok(id)
    }

    fn refund(&self, charge: &ChargeId) {
        if let Some(charge) = self
            .charges
            .borrow_mut()
            .iter_mut()
            .find(|made| made.id == *charge)
        {
            charge.refunded = true;
        }
    }
}
