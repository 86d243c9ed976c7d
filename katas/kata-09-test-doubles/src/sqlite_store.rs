//! The real store: SQLite, through rusqlite. Its rules live in the schema,
//! which is exactly what no mock of [`Store`] can know about.

use std::sync::{Mutex, MutexGuard, PoisonError};

use rusqlite::{Connection, OptionalExtension, Row, ffi, params};

use crate::clock::UnixTime;
use crate::customers::{Customer, CustomerId, NewCustomer};
use crate::money::Cents;
use crate::orders::{NewOrder, Order, OrderId, OrderStatus};
use crate::payments::PaymentId;
use crate::store::{Store, StoreError};

// ANCHOR: schema
/// Two customers can't share an email, whatever the capitals: the
/// `UNIQUE` constraint says so, and SQLite enforces it on every insert, even
/// when two registrations arrive at the same moment.
const SCHEMA: &str = "
    PRAGMA foreign_keys = ON;

    CREATE TABLE customers (
        id         INTEGER PRIMARY KEY,
        email      TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name       TEXT NOT NULL,
        joined_at  INTEGER NOT NULL
    );

    CREATE TABLE orders (
        id         INTEGER PRIMARY KEY,
        customer   INTEGER NOT NULL REFERENCES customers (id),
        total      INTEGER NOT NULL CHECK (total >= 0),
        placed_at  INTEGER NOT NULL,
        status     TEXT NOT NULL
                   CHECK (status IN ('awaiting_payment', 'paid', 'payment_declined')),
        payment    TEXT
    );
";
// ANCHOR_END: schema

/// A handle on one SQLite database.
///
/// The services call it directly from async code: an in-memory SQLite
/// answers in microseconds. A database across a network would be called
/// through `tokio::task::spawn_blocking`, or through an async driver.
pub struct SqliteStore {
    connection: Mutex<Connection>,
}

impl SqliteStore {
    /// A fresh, private database in memory, with the schema applied: each
    /// test that opens one starts from empty tables nobody else writes to.
    pub fn open_in_memory() -> Result<SqliteStore, StoreError> {
        let connection = Connection::open_in_memory().map_err(database)?;
        connection.execute_batch(SCHEMA).map_err(database)?;
        Ok(SqliteStore {
            connection: Mutex::new(connection),
        })
    }

    /// The order with this id, as stored, or `None` when there is none.
    pub fn order(&self, id: OrderId) -> Result<Option<Order>, StoreError> {
        self.connection()
            .query_row(
                "SELECT id, customer, total, placed_at, status, payment FROM orders WHERE id = ?1",
                [id.0],
                order_from_row,
            )
            .optional()
            .map_err(database)
    }

    fn connection(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock can't leave a half-done change:
        // each method runs single statements, which SQLite applies whole or
        // not at all. So a poisoned lock still guards a sound connection.
        self.connection
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    fn set_status(
        &self,
        order: OrderId,
        status: OrderStatus,
        payment: Option<&PaymentId>,
    ) -> Result<(), StoreError> {
        let changed = self
            .connection()
            .execute(
                "UPDATE orders SET status = ?1, payment = ?2 WHERE id = ?3",
                params![status_to_sql(status), payment.map(|p| &p.0), order.0],
            )
            .map_err(database)?;
        match changed {
            0 => Err(StoreError::NoSuchOrder(order)),
            _ => Ok(()),
        }
    }
}

impl Store for SqliteStore {
    fn add_customer(&self, customer: &NewCustomer) -> Result<Customer, StoreError> {
        self.connection()
            .query_row(
                "INSERT INTO customers (email, name, joined_at) VALUES (?1, ?2, ?3) RETURNING id",
                params![customer.email, customer.name, customer.joined_at.0],
                |row| row.get(0),
            )
            .map(|id| Customer::new(CustomerId(id), customer))
            .map_err(|error| match error.sqlite_extended_error_code() {
                Some(ffi::SQLITE_CONSTRAINT_UNIQUE) => StoreError::EmailTaken,
                _ => database(error),
            })
    }

    fn create_order(&self, order: &NewOrder) -> Result<Order, StoreError> {
        self.connection()
            .query_row(
                "INSERT INTO orders (customer, total, placed_at, status) VALUES (?1, ?2, ?3, ?4) \
                 RETURNING id",
                params![
                    order.customer.0,
                    cents_to_sql(order.total)?,
                    order.placed_at.0,
                    status_to_sql(OrderStatus::AwaitingPayment),
                ],
                |row| row.get(0),
            )
            .map(|id| Order::new(OrderId(id), order))
            .map_err(database)
    }

    fn mark_paid(&self, order: OrderId, payment: &PaymentId) -> Result<(), StoreError> {
        self.set_status(order, OrderStatus::Paid, Some(payment))
    }

    fn mark_declined(&self, order: OrderId) -> Result<(), StoreError> {
        self.set_status(order, OrderStatus::PaymentDeclined, None)
    }
}

fn database(error: rusqlite::Error) -> StoreError {
    StoreError::Database(error.to_string())
}

fn cents_to_sql(amount: Cents) -> Result<i64, StoreError> {
    i64::try_from(amount.0)
        .map_err(|_| StoreError::Database(format!("{} cents is too much", amount.0)))
}

fn status_to_sql(status: OrderStatus) -> &'static str {
    match status {
        OrderStatus::AwaitingPayment => "awaiting_payment",
        OrderStatus::Paid => "paid",
        OrderStatus::PaymentDeclined => "payment_declined",
    }
}

fn order_from_row(row: &Row<'_>) -> rusqlite::Result<Order> {
    let total: i64 = row.get(2)?;
    let status: String = row.get(4)?;
    let status = match status.as_str() {
        "awaiting_payment" => OrderStatus::AwaitingPayment,
        "paid" => OrderStatus::Paid,
        "payment_declined" => OrderStatus::PaymentDeclined,
        other => {
            return Err(rusqlite::Error::FromSqlConversionFailure(
                4,
                rusqlite::types::Type::Text,
                format!("unknown order status {other:?}").into(),
            ));
        }
    };
    Ok(Order {
        id: OrderId(row.get(0)?),
        customer: CustomerId(row.get(1)?),
        total: Cents(u64::try_from(total).map_err(|error| {
            rusqlite::Error::FromSqlConversionFailure(
                2,
                rusqlite::types::Type::Integer,
                error.into(),
            )
        })?),
        placed_at: UnixTime(row.get(3)?),
        status,
        payment: row.get::<_, Option<String>>(5)?.map(PaymentId),
    })
}
