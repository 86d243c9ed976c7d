//! Paying for a cart.

use crate::cart::Cart;
use crate::clock::Clock;
use crate::customers::Customer;
use crate::mailer::Mailer;
use crate::orders::{NewOrder, Order, OrderId, OrderStatus};
use crate::payments::{Charge, ChargeOutcome, GatewayUnavailable, PaymentGateway};
use crate::store::{Store, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckoutError {
    /// Nothing to pay for: nothing was stored, and no one was asked.
    EmptyCart,
    /// The card was declined; the order is kept, marked as declined.
    PaymentDeclined {
        order: OrderId,
        reason: String,
    },
    /// The gateway could not be reached, twice; the order waits for payment.
    PaymentUnavailable {
        order: OrderId,
    },
    Store(StoreError),
}

impl From<StoreError> for CheckoutError {
    fn from(error: StoreError) -> CheckoutError {
        CheckoutError::Store(error)
    }
}

/// Checkout, over a store, a payment gateway, a mailer and a clock. Each
/// can be the real thing or a double; to share one, pass a reference.
pub struct Checkout<S, G, M, C> {
    store: S,
    gateway: G,
    mailer: M,
    clock: C,
}

impl<S: Store, G: PaymentGateway, M: Mailer, C: Clock> Checkout<S, G, M, C> {
    pub fn new(store: S, gateway: G, mailer: M, clock: C) -> Self {
        Checkout {
            store,
            gateway,
            mailer,
            clock,
        }
    }

    // ANCHOR: checkout
    /// Stores the order, charges the card for it, records the outcome, and
    /// tells the customer. The receipt goes out only once the payment is
    /// recorded: it promises that the shop knows the order is paid.
    pub async fn checkout(
        &self,
        customer: &Customer,
        cart: &Cart,
        card: &str,
    ) -> Result<Order, CheckoutError> {
        if cart.is_empty() {
            return Err(CheckoutError::EmptyCart);
        }
        let total = cart.total();
        let order = self.store.create_order(&NewOrder {
            customer: customer.id,
            total,
            placed_at: self.clock.now(),
        })?;
        let charge = Charge {
            order: order.id,
            amount: total,
            card: card.to_string(),
        };
        match self.charge(&charge).await {
            Ok(ChargeOutcome::Approved { payment }) => {
                self.store.mark_paid(order.id, &payment)?;
                let paid = Order {
                    status: OrderStatus::Paid,
                    payment: Some(payment),
                    ..order
                };
                self.mailer.receipt(customer, &paid).await;
                Ok(paid)
            }
            Ok(ChargeOutcome::Declined { reason }) => {
                self.store.mark_declined(order.id)?;
                let declined = Order {
                    status: OrderStatus::PaymentDeclined,
                    ..order
                };
                self.mailer.payment_declined(customer, &declined).await;
                Err(CheckoutError::PaymentDeclined {
                    order: declined.id,
                    reason,
                })
            }
            Err(GatewayUnavailable) => Err(CheckoutError::PaymentUnavailable { order: order.id }),
        }
    }
    // ANCHOR_END: checkout

    // ANCHOR: retry
    /// Charges the card, and asks once more if the gateway can't be reached.
    /// The second request is the same charge, for the same order, which the
    /// gateway never charges twice: so even when the first request got
    /// through and only its answer was lost, the customer pays once.
    async fn charge(&self, charge: &Charge) -> Result<ChargeOutcome, GatewayUnavailable> {
        match self.gateway.charge(charge).await {
            Err(GatewayUnavailable) => self.gateway.charge(charge).await,
            answer => answer,
        }
    }
    // ANCHOR_END: retry
}
