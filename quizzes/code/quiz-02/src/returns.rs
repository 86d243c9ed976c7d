//! The returns desk: where the parts meet.

use crate::money::Cents;
use crate::parts::{CardProvider, Returned, ReturnsLedger, Stock};

/// An order that was paid for.
#[derive(Debug, Clone)]
pub struct Order {
    pub id: u32,
    pub payment_id: String,
    pub lines: Vec<OrderLine>,
}

#[derive(Debug, Clone)]
pub struct OrderLine {
    pub sku: String,
    pub quantity: u32,
    pub unit_price: Cents,
}

/// What the customer gets back, and the fee the shop kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refund {
    pub amount: Cents,
    pub fee: Cents,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReturnError {
    NotInOrder(String),
    MoreThanBought(String),
}

/// The shop keeps this share of the price of what comes back.
pub const RESTOCKING_FEE_PERCENT: u64 = 10;

pub struct ReturnsDesk {
    stock: Stock,
    card: CardProvider,
    ledger: ReturnsLedger,
}

impl ReturnsDesk {
    pub fn new(stock: Stock, card: CardProvider, ledger: ReturnsLedger) -> ReturnsDesk {
        ReturnsDesk {
            stock,
            card,
            ledger,
        }
    }

    // ANCHOR: accept
    /// Takes back some items of `order`: puts them back in stock, refunds
    /// their price less the restocking fee to the card that paid, and
    /// records the return.
    pub fn accept(&self, order: &Order, returned: &[(&str, u32)]) -> Result<Refund, ReturnError> {
        let mut taken = Vec::new();
        let mut price = Cents(0);
        for (sku, quantity) in returned {
            let line = order
                .lines
                .iter()
                .find(|line| line.sku == *sku)
                .ok_or_else(|| ReturnError::NotInOrder(sku.to_string()))?;
            if *quantity > line.quantity {
                return Err(ReturnError::MoreThanBought(sku.to_string()));
            }
            price = price + line.unit_price * *quantity;
            taken.push((line, *quantity));
        }
        let fee = price.percent(RESTOCKING_FEE_PERCENT);
        for (line, quantity) in taken {
            self.stock.put_back(&line.sku, quantity);
            self.ledger.record(Returned {
                order_id: order.id,
                sku: line.sku.clone(),
                quantity,
            });
        }
        self.card.refund(&order.payment_id, price - fee);
        Ok(Refund {
            amount: price - fee,
            fee,
        })
    }
    // ANCHOR_END: accept

    /// What came back of an order so far, for the customer's order page.
    pub fn returned_of(&self, order_id: u32) -> Vec<Returned> {
        self.ledger.returns_for(order_id)
    }
}
