//! The real notifier: an outbox of emails in SQLite, which a mailer process
//! (not part of this kata) sends later.

use rusqlite::params;

use crate::contract::{Notifier, NotifyError, OrderId};
use crate::db::Database;

impl From<rusqlite::Error> for NotifyError {
    fn from(error: rusqlite::Error) -> NotifyError {
        NotifyError::Storage(error.to_string())
    }
}

/// An email waiting to be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    pub order: OrderId,
    pub recipient: String,
    pub subject: String,
}

#[derive(Clone)]
pub struct Outbox {
    db: Database,
}

impl Outbox {
    pub fn new(db: Database) -> Outbox {
        Outbox { db }
    }

    /// Every email waiting to be sent, oldest first.
    pub fn waiting(&self) -> Result<Vec<Email>, NotifyError> {
        let connection = self.db.connection();
        let mut statement =
            connection.prepare("SELECT order_id, recipient, subject FROM outbox ORDER BY id")?;
        let emails = statement
            .query_map([], |row| {
                Ok(Email {
                    order: row.get(0)?,
                    recipient: row.get(1)?,
                    subject: row.get(2)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(emails)
    }
}

// ANCHOR: real_notifier
impl Notifier for Outbox {
    fn queue_confirmation(&self, order: OrderId) -> Result<(), NotifyError> {
        // Address and write the email from the order book, so that it can
        // never promise an order the shop has no record of.
        let queued = self.db.connection().execute(
            "INSERT INTO outbox (order_id, recipient, subject)
             SELECT id, customer, 'Your order ' || id || ' is confirmed'
             FROM orders WHERE id = ?1",
            params![order],
        )?;
        if queued == 1 {
            Ok(())
        } else {
            Err(NotifyError::UnknownOrder(order))
        }
    }
}
// ANCHOR_END: real_notifier
