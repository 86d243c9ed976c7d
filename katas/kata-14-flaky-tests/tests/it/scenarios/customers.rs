//! Step 2: customers open an account, and see what they ordered before.

use kata_14::customers::{Customer, PastOrder};

use crate::fixtures;

pub fn registering_opens_an_account() {
    let mut customers = fixtures::shared_customers();

    let id = customers
        .register("Ada Lovelace", "ada@example.com")
        .expect("a new email address can register");
    customers
        .record_order(id, "MUG", 2)
        .expect("ada has an account now");

    let ada = customers.find_by_email("ada@example.com").cloned();
    assert_eq!(
        ada,
        Some(Customer {
            id,
            name: "Ada Lovelace".to_string(),
            email: "ada@example.com".to_string(),
        })
    );
}

pub fn a_returning_customer_sees_her_past_orders() {
    let customers = fixtures::shared_customers();

    let ada = customers
        .find_by_email("ada@example.com")
        .expect("ada has an account")
        .clone();
    let orders = customers.orders_of(ada.id);

    assert_eq!(
        orders,
        [PastOrder {
            sku: "MUG".to_string(),
            quantity: 2
        }]
    );
}
