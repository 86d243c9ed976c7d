//! The shop's emails, as the services see them: one method per email.

use mockall::automock;

use crate::customers::Customer;
use crate::orders::Order;

// ANCHOR: mailer
/// Hands emails to the shop's mail service. Each call queues one email;
/// delivery, bounces and retries are the mail service's job, so there is
/// nothing to report back. The real client lives in another crate.
#[automock]
#[expect(async_fn_in_trait, reason = "the futures are awaited in place")]
pub trait Mailer {
    /// "Welcome to the shop", with a link to the customer's account.
    async fn welcome(&self, customer: &Customer);
    /// "Your order is paid", with its total.
    async fn receipt(&self, customer: &Customer, order: &Order);
    /// "Your card was declined: your order is waiting for another card."
    async fn payment_declined(&self, customer: &Customer, order: &Order);
}
// ANCHOR_END: mailer

impl<T: Mailer + ?Sized> Mailer for &T {
    async fn welcome(&self, customer: &Customer) {
        T::welcome(self, customer).await;
    }

    async fn receipt(&self, customer: &Customer, order: &Order) {
        T::receipt(self, customer, order).await;
    }

    async fn payment_declined(&self, customer: &Customer, order: &Order) {
        T::payment_declined(self, customer, order).await;
    }
}
