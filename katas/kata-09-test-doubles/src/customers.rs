//! The shop's customers.

use crate::clock::UnixTime;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CustomerId(pub i64);

/// A customer the shop has not stored yet: what registration hands to the
/// store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCustomer {
    pub email: String,
    pub name: String,
    /// When they registered, as the shop's clock said.
    pub joined_at: UnixTime,
}

/// A stored customer, with the id the store gave them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Customer {
    pub id: CustomerId,
    pub email: String,
    pub name: String,
    pub joined_at: UnixTime,
}

impl Customer {
    /// `new`, as stored under `id`.
    pub fn new(id: CustomerId, new: &NewCustomer) -> Customer {
        Customer {
            id,
            email: new.email.clone(),
            name: new.name.clone(),
            joined_at: new.joined_at,
        }
    }
}
