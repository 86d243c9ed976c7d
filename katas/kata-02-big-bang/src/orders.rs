//! The order service: the top of the system, and the one place where all
//! the other parts meet.

use rusqlite::{OptionalExtension, Transaction, params};

use crate::db::Database;
use crate::inventory::{Inventory, InventoryError};
use crate::money::Cents;
use crate::payments::{PaymentError, PaymentGateway};
use crate::shipping::Shipping;

/// What the customer wants: (sku, quantity) lines.
#[derive(Debug, Clone, Default)]
pub struct Cart {
    pub lines: Vec<(String, u32)>,
}

impl Cart {
    pub fn new() -> Cart {
        Cart::default()
    }

    pub fn with(mut self, sku: &str, quantity: u32) -> Cart {
        self.lines.push((sku.to_string(), quantity));
        self
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderStatus {
    Pending,
    Confirmed,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    pub id: i64,
    pub status: OrderStatus,
    pub total: Cents,
    pub address: String,
    pub payment_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrderError {
    EmptyCart,
    Inventory(InventoryError),
    PaymentDeclined,
    Database(String),
}

impl From<InventoryError> for OrderError {
    fn from(error: InventoryError) -> OrderError {
        OrderError::Inventory(error)
    }
}

impl From<rusqlite::Error> for OrderError {
    fn from(error: rusqlite::Error) -> OrderError {
        OrderError::Database(error.to_string())
    }
}

pub struct OrderService {
    db: Database,
    inventory: Inventory,
    payments: PaymentGateway,
    shipping: Shipping,
}

impl OrderService {
    pub fn new(
        db: Database,
        inventory: Inventory,
        payments: PaymentGateway,
        shipping: Shipping,
    ) -> OrderService {
        OrderService {
            db,
            inventory,
            payments,
            shipping,
        }
    }

    // ANCHOR: place_order
    /// Places an order: records it, takes its items out of stock, charges the
    /// card and books the shipment. All of it happens, or none of it does:
    /// the database work runs in one transaction, and the charge, which lives
    /// outside the database, is refunded if anything after it fails.
    pub fn place_order(&self, cart: &Cart, card: &str, address: &str) -> Result<Order, OrderError> {
        if cart.lines.is_empty() {
            return Err(OrderError::EmptyCart);
        }
        let mut total = Cents(0);
        for (sku, quantity) in &cart.lines {
            total = total + self.inventory.price(sku)? * *quantity;
        }

        // Every part shares this connection, so their writes join this
        // transaction; returning early drops it, which rolls them all back.
        let tx = self.db.connection().unchecked_transaction()?;
        tx.execute(
            "INSERT INTO orders (status, total_cents, address) VALUES ('pending', ?1, ?2)",
            params![total, address],
        )?;
        let id = tx.last_insert_rowid();
        for (sku, quantity) in &cart.lines {
            tx.execute(
                "INSERT INTO order_lines (order_id, sku, quantity) VALUES (?1, ?2, ?3)",
                params![id, sku, quantity],
            )?;
            self.inventory.reserve(sku, *quantity)?;
        }

        let payment_id = match self.payments.charge(id, card, total) {
            Ok(payment_id) => payment_id,
            Err(PaymentError::Declined) => return Err(OrderError::PaymentDeclined),
        };
        // From here on, a failure must also undo the charge: the rollback
        // cannot reach the card provider.
        if let Err(error) = self.confirm(tx, id, &payment_id, address) {
            self.payments.refund(&payment_id);
            return Err(error.into());
        }
        self.order(id)?
            .ok_or_else(|| OrderError::Database(format!("order {id} vanished after commit")))
    }

    /// The steps after the charge, committed together with everything the
    /// order wrote before it.
    fn confirm(
        &self,
        tx: Transaction<'_>,
        id: i64,
        payment_id: &str,
        address: &str,
    ) -> rusqlite::Result<()> {
        tx.execute(
            "UPDATE orders SET status = 'confirmed', payment_id = ?1 WHERE id = ?2",
            params![payment_id, id],
        )?;
        self.shipping.schedule(id, address)?;
        tx.commit()
    }
    // ANCHOR_END: place_order

    pub fn order(&self, id: i64) -> Result<Option<Order>, OrderError> {
        let order = self
            .db
            .connection()
            .query_row(
                "SELECT id, status, total_cents, address, payment_id FROM orders WHERE id = ?1",
                [id],
                |row| {
                    let status: String = row.get(1)?;
                    Ok(Order {
                        id: row.get(0)?,
                        status: if status == "confirmed" {
                            OrderStatus::Confirmed
                        } else {
                            OrderStatus::Pending
                        },
                        total: row.get(2)?,
                        address: row.get(3)?,
                        payment_id: row.get(4)?,
                    })
                },
            )
            .optional()?;
        Ok(order)
    }

    /// How many orders the shop has recorded.
    pub fn count(&self) -> Result<u64, OrderError> {
        let count: i64 =
            self.db
                .connection()
                .query_row("SELECT COUNT(*) FROM orders", [], |row| row.get(0))?;
        Ok(count.unsigned_abs())
    }
}
