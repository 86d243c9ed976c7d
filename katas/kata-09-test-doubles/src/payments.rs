//! The card payment gateway, as the shop sees it: one async call across the
//! network to a company that moves the money.

use mockall::automock;

use crate::money::Cents;
use crate::orders::OrderId;

/// The gateway's id for a payment, such as `pay_81f2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PaymentId(pub String);

/// What the shop asks the gateway to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Charge {
    /// The order being paid for. The gateway charges one order at most once:
    /// a second request for the same order gets the first one's answer
    /// instead of a second charge. That is what makes asking again safe.
    pub order: OrderId,
    pub amount: Cents,
    /// The token the shop's payment form got for the customer's card, such
    /// as `tok_visa`. The shop never sees the card number itself.
    pub card: String,
}

/// What the gateway answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChargeOutcome {
    Approved {
        payment: PaymentId,
    },
    /// The bank said no, with a reason such as "insufficient funds".
    Declined {
        reason: String,
    },
}

/// The gateway could not be reached, or did not answer in time. The card may
/// or may not have been charged: only asking again (for the same order) tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GatewayUnavailable;

// ANCHOR: gateway
/// The shop's client for the payment gateway lives in another crate; this
/// kata needs only the trait, and the doubles that stand in for it.
#[automock]
// `async fn` in a public trait makes no promise that its future is `Send`:
// fine for the shop's tests and services, which await it in place. A server
// that spawns the checkout onto other threads would declare
// `fn charge(..) -> impl Future<Output = ..> + Send` instead.
#[expect(async_fn_in_trait, reason = "the futures are awaited in place")]
pub trait PaymentGateway {
    async fn charge(&self, charge: &Charge) -> Result<ChargeOutcome, GatewayUnavailable>;
}
// ANCHOR_END: gateway

impl<T: PaymentGateway + ?Sized> PaymentGateway for &T {
    async fn charge(&self, charge: &Charge) -> Result<ChargeOutcome, GatewayUnavailable> {
        T::charge(self, charge).await
    }
}
