//! The order desk: it numbers the orders it takes, and emails the customer
//! when an order is placed and when it is cancelled.

use std::fmt;

use crate::email::Email;
use crate::outbox::Outbox;

/// The number on an order, as the customer sees it: 1, 2, 3, ...
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct OrderNumber(pub u64);

impl fmt::Display for OrderNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderStatus {
    Placed,
    Cancelled,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    pub number: OrderNumber,
    /// The customer's email address.
    pub customer: String,
    /// Each line: a sku and how many of it.
    pub lines: Vec<(String, u32)>,
    pub status: OrderStatus,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrderError {
    NoSuchOrder(OrderNumber),
    AlreadyCancelled(OrderNumber),
}

/// Takes orders and keeps them. Everything it needs is in it: its own
/// numbering, and the outbox it was handed.
#[derive(Debug)]
pub struct OrderDesk {
    orders: Vec<Order>,
    outbox: Outbox,
    next_number: u64,
}

impl OrderDesk {
    /// A desk that has taken no order yet, and sends its emails to `outbox`.
    pub fn new(outbox: Outbox) -> OrderDesk {
        OrderDesk {
            orders: Vec::new(),
            outbox,
            next_number: 1,
        }
    }

    /// Takes an order, gives it the next number, and confirms it to the
    /// customer.
    pub fn place(&mut self, customer: &str, lines: &[(&str, u32)]) -> Order {
        let number = OrderNumber(self.next_number);
        self.next_number += 1;
        let order = Order {
            number,
            customer: customer.to_string(),
            lines: lines
                .iter()
                .map(|&(sku, quantity)| (sku.to_string(), quantity))
                .collect(),
            status: OrderStatus::Placed,
        };
        self.outbox
            .send(Email::new(customer, format!("Order {number} is confirmed")));
        self.orders.push(order.clone());
        order
    }

    /// Cancels a placed order, and tells the customer.
    pub fn cancel(&mut self, number: OrderNumber) -> Result<Order, OrderError> {
        let order = self
            .orders
            .iter_mut()
            .find(|order| order.number == number)
            .ok_or(OrderError::NoSuchOrder(number))?;
        if order.status == OrderStatus::Cancelled {
            return Err(OrderError::AlreadyCancelled(number));
        }
        order.status = OrderStatus::Cancelled;
        self.outbox.send(Email::new(
            order.customer.as_str(),
            format!("Order {number} is cancelled"),
        ));
        Ok(order.clone())
    }
}
