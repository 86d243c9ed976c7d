//! Opening an account.

use crate::clock::Clock;
use crate::customers::{Customer, NewCustomer};
use crate::mailer::Mailer;
use crate::store::{Store, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegisterError {
    /// Another customer has this email.
    EmailTaken(String),
    Store(StoreError),
}

/// Registration, over a store, a mailer and a clock. Each can be the real
/// thing or a double; to share one between services, pass a reference.
pub struct Registration<S, M, C> {
    store: S,
    mailer: M,
    clock: C,
}

impl<S: Store, M: Mailer, C: Clock> Registration<S, M, C> {
    pub fn new(store: S, mailer: M, clock: C) -> Self {
        Registration {
            store,
            mailer,
            clock,
        }
    }

    // ANCHOR: register
    /// Opens an account and welcomes the new customer. The account is saved
    /// first: the welcome email links to it, so it must never reach someone
    /// whose account was refused.
    pub async fn register(&self, email: &str, name: &str) -> Result<Customer, RegisterError> {
        let new = NewCustomer {
            email: email.to_string(),
            name: name.to_string(),
            joined_at: self.clock.now(),
        };
        let customer = self.store.add_customer(&new).map_err(|error| match error {
            StoreError::EmailTaken => RegisterError::EmailTaken(new.email.clone()),
            other => RegisterError::Store(other),
        })?;
        self.mailer.welcome(&customer).await;
        Ok(customer)
    }
    // ANCHOR_END: register
}
