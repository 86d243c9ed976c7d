//! The client of CardPay, a third-party card payment provider.
//!
//! In this kata the provider is a sandbox that runs in memory, but it keeps
//! the real provider's habits, the ones its documentation describes and the
//! shop must live with:
//!
//! - amounts travel as **decimal strings in major units**: `"12.34"` is
//!   twelve units and thirty-four hundredths, never cents;
//! - the merchant account settles in **one currency**, set when the client is
//!   configured; a charge in any other currency is rejected;
//! - a **declined card is not an error**: the provider answers normally, with
//!   [`ChargeStatus::Declined`] in the response.
//!
//! The sandbox declines the test card [`DECLINED_CARD`] and approves every other.

use std::fmt;

/// The sandbox declines this card number and approves every other one.
pub const DECLINED_CARD: &str = "4000 0000 0000 0002";

#[derive(Debug, Clone)]
pub struct GatewayConfig {
    /// ISO code of the currency the merchant account settles in.
    pub currency: String,
}

/// A new merchant account settles in US dollars unless configured otherwise.
impl Default for GatewayConfig {
    fn default() -> GatewayConfig {
        GatewayConfig {
            currency: "USD".to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChargeStatus {
    Approved,
    Declined { reason: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChargeResponse {
    pub charge_id: String,
    pub status: ChargeStatus,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GatewayError {
    /// The amount was not a decimal like "12.34".
    InvalidAmount(String),
    /// The charge's currency is not the account's.
    WrongCurrency { account: String, requested: String },
}

impl fmt::Display for GatewayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GatewayError::InvalidAmount(amount) => {
                write!(f, "CardPay: {amount:?} is not an amount")
            }
            GatewayError::WrongCurrency { account, requested } => {
                write!(
                    f,
                    "CardPay: this account settles in {account}, not {requested}"
                )
            }
        }
    }
}

impl std::error::Error for GatewayError {}

/// A charge as the provider's dashboard shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Charge {
    pub id: String,
    pub card: String,
    /// What the provider understood, in hundredths.
    pub amount_cents: u64,
    pub currency: String,
    pub approved: bool,
    pub refunded: bool,
}

#[derive(Debug)]
pub struct PaymentGateway {
    config: GatewayConfig,
    charges: Vec<Charge>,
}

impl PaymentGateway {
    pub fn new(config: GatewayConfig) -> PaymentGateway {
        PaymentGateway {
            config,
            charges: Vec::new(),
        }
    }

    /// Charges `amount`, a decimal string in major units (`"12.34"`), in
    /// `currency`, to `card`. A declined card is an `Ok` response whose
    /// status is [`ChargeStatus::Declined`].
    pub fn charge(
        &mut self,
        card: &str,
        amount: &str,
        currency: &str,
    ) -> Result<ChargeResponse, GatewayError> {
        let amount_cents =
            parse_amount(amount).ok_or_else(|| GatewayError::InvalidAmount(amount.to_string()))?;
        if currency != self.config.currency {
            return Err(GatewayError::WrongCurrency {
                account: self.config.currency.clone(),
                requested: currency.to_string(),
            });
        }
        let approved = card != DECLINED_CARD;
        let id = format!("ch_{}", self.charges.len() + 1);
        self.charges.push(Charge {
            id: id.clone(),
            card: card.to_string(),
            amount_cents,
            currency: currency.to_string(),
            approved,
            refunded: false,
        });
        let status = if approved {
            ChargeStatus::Approved
        } else {
            ChargeStatus::Declined {
                reason: "card declined".to_string(),
            }
        };
        Ok(ChargeResponse {
            charge_id: id,
            status,
        })
    }

    /// Gives an approved charge's money back.
    pub fn refund(&mut self, charge_id: &str) {
        if let Some(charge) = self.charges.iter_mut().find(|c| c.id == charge_id) {
            charge.refunded = true;
        }
    }

    /// Every charge the provider has seen, as its dashboard lists them.
    pub fn charges(&self) -> &[Charge] {
        &self.charges
    }

    /// The money actually taken from customers: approved and not refunded.
    pub fn captured_cents(&self) -> u64 {
        self.charges
            .iter()
            .filter(|c| c.approved && !c.refunded)
            .map(|c| c.amount_cents)
            .sum()
    }
}

/// "12.34" to 1234; "12" and "12.3" are accepted too.
fn parse_amount(amount: &str) -> Option<u64> {
    let (units, hundredths) = amount.split_once('.').unwrap_or((amount, "0"));
    // An empty `units` is refused by `parse` below.
    if hundredths.is_empty() || hundredths.len() > 2 {
        return None;
    }
    let units: u64 = units.parse().ok()?;
    let hundredths: u64 = format!("{hundredths:0<2}").parse().ok()?;
    Some(units * 100 + hundredths)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gateway() -> PaymentGateway {
        PaymentGateway::new(GatewayConfig::default())
    }

    #[test]
    fn charges_a_decimal_amount_in_the_account_currency() {
        let mut gateway = gateway();
        let response = gateway
            .charge("4242 4242 4242 4242", "12.34", "USD")
            .unwrap();
        assert_eq!(response.status, ChargeStatus::Approved);
        assert_eq!(gateway.charges()[0].amount_cents, 1234);
        assert_eq!(gateway.captured_cents(), 1234);
    }

    #[test]
    fn a_declined_card_is_an_ordinary_response_and_captures_nothing() {
        let mut gateway = gateway();
        let response = gateway.charge(DECLINED_CARD, "5.00", "USD").unwrap();
        assert!(matches!(response.status, ChargeStatus::Declined { .. }));
        assert_eq!(gateway.captured_cents(), 0);
    }

    #[test]
    fn rejects_other_currencies_and_things_that_are_not_amounts() {
        let mut gateway = gateway();
        assert!(matches!(
            gateway.charge("4242", "1.00", "EUR"),
            Err(GatewayError::WrongCurrency { .. })
        ));
        assert!(matches!(
            gateway.charge("4242", "1,00", "USD"),
            Err(GatewayError::InvalidAmount(_))
        ));
        assert!(gateway.charges().is_empty());
    }

    #[test]
    fn a_refund_gives_the_money_back() {
        let mut gateway = gateway();
        let response = gateway.charge("4242", "3.50", "USD").unwrap();
        gateway.refund(&response.charge_id);
        assert_eq!(gateway.captured_cents(), 0);
    }

    #[test]
    fn reads_amounts_the_way_the_provider_documents_them() {
        assert_eq!(parse_amount("12.34"), Some(1234));
        assert_eq!(parse_amount("12.3"), Some(1230));
        assert_eq!(parse_amount("12"), Some(1200));
        assert_eq!(parse_amount("1234"), Some(123_400));
        assert_eq!(parse_amount(".5"), None);
        assert_eq!(parse_amount("1.234"), None);
    }

    #[test]
    fn a_refused_request_says_what_the_provider_refused() {
        assert_eq!(
            GatewayError::InvalidAmount("1,00".into()).to_string(),
            "CardPay: \"1,00\" is not an amount"
        );
        assert_eq!(
            GatewayError::WrongCurrency {
                account: "USD".into(),
                requested: "EUR".into(),
            }
            .to_string(),
            "CardPay: this account settles in USD, not EUR",
            "the message should name both currencies, so an operator sees the mismatch"
        );
    }
}
