//! Customer accounts, and the orders each customer has placed.

/// A customer's account number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CustomerId(pub u32);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Customer {
    pub id: CustomerId,
    pub name: String,
    pub email: String,
}

/// One line of a customer's order history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastOrder {
    pub sku: String,
    pub quantity: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccountError {
    /// Someone has already registered with this email address.
    EmailTaken(String),
    NoSuchCustomer(CustomerId),
}

/// Every customer, and every order they placed. In production it is loaded
/// from the shop's database when the program starts.
#[derive(Debug, Default)]
pub struct CustomerStore {
    customers: Vec<Customer>,
    orders: Vec<(CustomerId, PastOrder)>,
}

impl CustomerStore {
    /// A store with no customer in it.
    pub const fn new() -> CustomerStore {
        CustomerStore {
            customers: Vec::new(),
            orders: Vec::new(),
        }
    }

    /// Opens an account. An email address can have only one.
    pub fn register(&mut self, name: &str, email: &str) -> Result<CustomerId, AccountError> {
        if self.find_by_email(email).is_some() {
            return Err(AccountError::EmailTaken(email.to_string()));
        }
        let next = u32::try_from(self.customers.len()).expect("fewer than 4 billion customers");
        let id = CustomerId(next + 1);
        self.customers.push(Customer {
            id,
            name: name.to_string(),
            email: email.to_string(),
        });
        Ok(id)
    }

    pub fn find_by_email(&self, email: &str) -> Option<&Customer> {
        self.customers
            .iter()
            .find(|customer| customer.email == email)
    }

    /// Adds an order to a customer's history.
    pub fn record_order(
        &mut self,
        id: CustomerId,
        sku: &str,
        quantity: u32,
    ) -> Result<(), AccountError> {
        if !self.customers.iter().any(|customer| customer.id == id) {
            return Err(AccountError::NoSuchCustomer(id));
        }
        let order = PastOrder {
            sku: sku.to_string(),
            quantity,
        };
        self.orders.push((id, order));
        Ok(())
    }

    /// A customer's orders, oldest first.
    pub fn orders_of(&self, id: CustomerId) -> Vec<PastOrder> {
        self.orders
            .iter()
            .filter(|(customer, _)| *customer == id)
            .map(|(_, order)| order.clone())
            .collect()
    }
}
