//! Layer 3: CardPay, the card provider the shop uses, as the sandbox the
//! provider offers for tests. It runs in memory and keeps the real
//! provider's rules: it declines the test card [`DECLINED_CARD`] and
//! approves every other one.

use crate::checkout::{PaymentError, PaymentGateway};
use crate::money::Cents;

/// The sandbox declines this card number and approves every other one.
pub const DECLINED_CARD: &str = "4000 0000 0000 0002";

/// A charge as the provider's dashboard shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Charge {
    pub id: String,
    pub card: String,
    pub amount: Cents,
}

#[derive(Debug, Clone, Default)]
pub struct CardPaySandbox {
    charges: Vec<Charge>,
}

impl CardPaySandbox {
    pub fn new() -> CardPaySandbox {
        CardPaySandbox::default()
    }

    /// Every approved charge, oldest first.
    pub fn charges(&self) -> &[Charge] {
        &self.charges
    }
}

impl PaymentGateway for CardPaySandbox {
    fn charge(&mut self, card: &str, amount: Cents) -> Result<String, PaymentError> {
        if card == DECLINED_CARD {
            return Err(PaymentError::Declined);
        }
        let id = format!("ch_{}", self.charges.len() + 1);
        self.charges.push(Charge {
            id: id.clone(),
            card: card.to_string(),
            amount,
        });
        Ok(id)
    }
}
