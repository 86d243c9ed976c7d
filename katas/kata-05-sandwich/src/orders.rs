//! The order service: the middle layer, and the critical one. It is where a
//! checkout's steps are put in order and where each failure is undone, and
//! it talks to the layers below only through the traits of
//! [`crate::contract`].

use crate::contract::{
    ChargeId, Notifier, NotifyError, Order, OrderId, OrderStore, PaymentError, Payments, Stock,
    StockError, StorageError,
};
use crate::money::Cents;

/// One line of a cart: so many items of one product.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub sku: String,
    pub quantity: u32,
}

impl Line {
    pub fn new(sku: &str, quantity: u32) -> Line {
        Line {
            sku: sku.to_string(),
            quantity,
        }
    }
}

/// What a placed order gives back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    pub order: OrderId,
    pub total: Cents,
    pub charge: ChargeId,
    pub confirmation: Confirmation,
}

/// Whether the confirmation email of a placed order is on its way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirmation {
    Queued,
    /// The order stands (it is paid and recorded); only the email is missing.
    NotQueued(NotifyError),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrderError {
    Stock(StockError),
    Payment(PaymentError),
    /// The order could not be recorded. Anything taken was given back.
    Storage(StorageError),
}

impl From<StockError> for OrderError {
    fn from(error: StockError) -> OrderError {
        OrderError::Stock(error)
    }
}

impl From<PaymentError> for OrderError {
    fn from(error: PaymentError) -> OrderError {
        OrderError::Payment(error)
    }
}

impl From<StorageError> for OrderError {
    fn from(error: StorageError) -> OrderError {
        OrderError::Storage(error)
    }
}

pub struct OrderService {
    stock: Box<dyn Stock>,
    payments: Box<dyn Payments>,
    orders: Box<dyn OrderStore>,
    notifier: Box<dyn Notifier>,
}

impl OrderService {
    pub fn new(
        stock: Box<dyn Stock>,
        payments: Box<dyn Payments>,
        orders: Box<dyn OrderStore>,
        notifier: Box<dyn Notifier>,
    ) -> OrderService {
        OrderService {
            stock,
            payments,
            orders,
            notifier,
        }
    }

    // ANCHOR: place_order
    /// Places an order for `customer`, paid with `card`: prices the lines,
    /// takes the items out of stock, charges the card, records the order and
    /// queues its confirmation email. If a step fails, what the earlier steps
    /// did is undone, so the customer is never charged for nothing and no
    /// stock is set aside for an order that does not exist.
    pub fn place_order(
        &self,
        customer: &str,
        card: &str,
        lines: &[Line],
    ) -> Result<Receipt, OrderError> {
        let mut total = Cents(0);
        for line in lines {
            total = total + self.stock.price(&line.sku)? * line.quantity;
        }
        let id = self.orders.next_id()?;

        let mut reserved = Vec::with_capacity(lines.len());
        for line in lines {
            if let Err(error) = self.stock.reserve(&line.sku, line.quantity) {
                self.release(&reserved);
                return Err(error.into());
            }
            reserved.push(line);
        }

        let charge = match self.payments.charge(card, total, id) {
            Ok(charge) => charge,
            Err(error) => {
                // Declined or unreachable, no money moved: give the items back.
                self.release(&reserved);
                return Err(error.into());
            }
        };

        let order = Order {
            id,
            customer: customer.to_string(),
            total,
            charge: charge.clone(),
        };
        if let Err(error) = self.orders.save(&order) {
            // The card was charged for an order the shop has no record of.
            self.payments.refund(&charge);
            self.release(&reserved);
            return Err(error.into());
        }

        // Last, because the email is written from the recorded order. A
        // failure here does not undo a paid, recorded order: the receipt
        // says the email is missing, and it can be sent again later.
        let confirmation = match self.notifier.queue_confirmation(id) {
            Ok(()) => Confirmation::Queued,
            Err(error) => Confirmation::NotQueued(error),
        };
        Ok(Receipt {
            order: id,
            total,
            charge,
            confirmation,
        })
    }
    // ANCHOR_END: place_order

    /// Puts back what `reserve` took for these lines. Called on the way out
    /// of a failed order, with the first error already in hand: a release
    /// that fails too cannot be helped here, and the customer still gets the
    /// first error, which is the one that explains what happened.
    fn release(&self, lines: &[&Line]) {
        for line in lines {
            let _ = self.stock.release(&line.sku, line.quantity);
        }
    }
}
