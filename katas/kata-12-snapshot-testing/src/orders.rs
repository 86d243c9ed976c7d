//! Orders: what a customer asks for, what it costs, and what the shop keeps.

use std::fmt;

use serde::Deserialize;

use crate::catalog;
use crate::clock::Timestamp;
use crate::money::Cents;

/// Shipping costs this much...
pub const SHIPPING: Cents = Cents(490);
/// ...unless the goods come to at least this much: then it is free.
pub const FREE_SHIPPING_FROM: Cents = Cents(5000);

/// What a client sends to place an order (`POST /orders`):
/// `{"customer": "ada@shop.test", "lines": [{"sku": "MUG", "quantity": 2}]}`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct NewOrder {
    pub customer: String,
    pub lines: Vec<NewLine>,
}

/// One line of a [`NewOrder`]: which product, and how many.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct NewLine {
    pub sku: String,
    pub quantity: u32,
}

/// One line of a placed order, at the price of the day it was placed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderLine {
    pub sku: String,
    pub name: String,
    pub quantity: u32,
    pub unit_price: Cents,
}

impl OrderLine {
    /// What the line costs: the unit price times the quantity.
    pub fn amount(&self) -> Cents {
        self.unit_price * self.quantity
    }
}

/// A placed order, as the shop keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    /// The database's own number for the order. Internal: it never leaves
    /// the server (see [`crate::ids`]).
    pub id: i64,
    /// The id clients see, such as `ord_5M2K8QW3ZP1D`.
    pub public_id: String,
    pub placed_at: Timestamp,
    pub customer: String,
    /// In the order the customer gave them.
    pub lines: Vec<OrderLine>,
}

impl Order {
    /// What the goods cost, before shipping.
    pub fn subtotal(&self) -> Cents {
        self.lines.iter().map(OrderLine::amount).sum()
    }

    /// What shipping costs: [`SHIPPING`], or nothing from
    /// [`FREE_SHIPPING_FROM`] on.
    pub fn shipping(&self) -> Cents {
        if self.subtotal() >= FREE_SHIPPING_FROM {
            Cents(0)
        } else {
            SHIPPING
        }
    }

    /// What the customer pays: the goods and the shipping.
    pub fn total(&self) -> Cents {
        self.subtotal() + self.shipping()
    }
}

/// Why an order was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrderError {
    NoCustomer,
    NoLines,
    UnknownProduct(String),
    ZeroQuantity(String),
}

impl fmt::Display for OrderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OrderError::NoCustomer => write!(f, "an order needs a customer"),
            OrderError::NoLines => write!(f, "an order needs at least one line"),
            OrderError::UnknownProduct(sku) => write!(f, "the shop sells no product {sku:?}"),
            OrderError::ZeroQuantity(sku) => write!(f, "the line for {sku:?} has a quantity of 0"),
        }
    }
}

impl NewOrder {
    /// The customer and the priced lines of the order, or why the shop
    /// refuses it.
    pub fn price(&self) -> Result<(String, Vec<OrderLine>), OrderError> {
        let customer = self.customer.trim();
        if customer.is_empty() {
            return Err(OrderError::NoCustomer);
        }
        if self.lines.is_empty() {
            return Err(OrderError::NoLines);
        }
        let lines = self
            .lines
            .iter()
            .map(|line| {
                let product = catalog::product(&line.sku)
                    .ok_or_else(|| OrderError::UnknownProduct(line.sku.clone()))?;
                if line.quantity == 0 {
                    return Err(OrderError::ZeroQuantity(line.sku.clone()));
                }
                Ok(OrderLine {
                    sku: product.sku.to_string(),
                    name: product.name.to_string(),
                    quantity: line.quantity,
                    unit_price: product.price,
                })
            })
            .collect::<Result<_, _>>()?;
        Ok((customer.to_string(), lines))
    }
}

#[cfg(test)]
mod tests {
    use super::{NewLine, NewOrder, OrderError};

    fn order_of(customer: &str, lines: &[(&str, u32)]) -> NewOrder {
        NewOrder {
            customer: customer.to_string(),
            lines: lines
                .iter()
                .map(|&(sku, quantity)| NewLine {
                    sku: sku.to_string(),
                    quantity,
                })
                .collect(),
        }
    }

    #[test]
    fn an_order_the_shop_refuses_says_why() {
        for (order, expected, message) in [
            (
                order_of(" ", &[("MUG", 1)]),
                OrderError::NoCustomer,
                "an order needs a customer",
            ),
            (
                order_of("ada@shop.test", &[]),
                OrderError::NoLines,
                "an order needs at least one line",
            ),
            (
                order_of("ada@shop.test", &[("TEAPOT", 1)]),
                OrderError::UnknownProduct("TEAPOT".into()),
                "the shop sells no product \"TEAPOT\"",
            ),
            (
                order_of("ada@shop.test", &[("MUG", 0)]),
                OrderError::ZeroQuantity("MUG".into()),
                "the line for \"MUG\" has a quantity of 0",
            ),
        ] {
            let refused = order.price().expect_err("the shop refuses the order");
            assert_eq!(refused, expected);
            assert_eq!(refused.to_string(), message);
        }
    }
}
