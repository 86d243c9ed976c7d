//! The shop's users and orders, read and written with SQL.
//!
//! A [`Repository`] borrows a connection rather than owning one, so that the
//! code that opened the connection decides what the repository's writes
//! are part of: the shop passes a plain connection, and a test can pass one
//! inside a transaction of its own.

use std::fmt;

use rusqlite::{Connection, OptionalExtension, Row, ffi, params};

use crate::money::Cents;
use crate::status::OrderStatus;

/// A user's id: the row id of the `users` table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UserId(pub i64);

/// An order's id: the row id of the `orders` table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OrderId(pub i64);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    pub id: OrderId,
    pub user: UserId,
    /// The sum of the order's lines, stored with the order.
    pub total: Cents,
    pub status: OrderStatus,
}

/// One line of an order: so many of one product, at a unit price.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderLine {
    pub sku: String,
    pub quantity: u32,
    pub unit_price: Cents,
}

impl OrderLine {
    pub fn new(sku: &str, quantity: u32, unit_price: Cents) -> OrderLine {
        OrderLine {
            sku: sku.to_string(),
            quantity,
            unit_price,
        }
    }

    pub fn subtotal(&self) -> Cents {
        Cents(self.unit_price.0 * i64::from(self.quantity))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShopError {
    /// Another user already has this email (the schema's UNIQUE constraint).
    EmailTaken(String),
    /// No user has this id (the schema's foreign key).
    UnknownUser(UserId),
    UnknownOrder(OrderId),
    /// An order needs at least one line.
    EmptyOrder,
    /// The database refused the line at `index` (counted from 0) of an
    /// order: a quantity of 0 or an empty sku. The rules are the CHECK
    /// constraints of migration 2, not Rust code.
    InvalidLine {
        index: usize,
    },
    /// The shop does not allow an order to go from `from` to `to`.
    InvalidTransition {
        from: OrderStatus,
        to: OrderStatus,
    },
    /// Anything else the database reported.
    Database(String),
}

impl fmt::Display for ShopError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShopError::EmailTaken(email) => write!(f, "{email} already has an account"),
            ShopError::UnknownUser(UserId(id)) => write!(f, "there is no user {id}"),
            ShopError::UnknownOrder(OrderId(id)) => write!(f, "there is no order {id}"),
            ShopError::EmptyOrder => f.write_str("an order needs at least one line"),
            ShopError::InvalidLine { index } => write!(f, "line {index} of the order is invalid"),
            ShopError::InvalidTransition { from, to } => {
                write!(f, "an order that is {from} cannot become {to}")
            }
            ShopError::Database(message) => write!(f, "database error: {message}"),
        }
    }
}

impl std::error::Error for ShopError {}

impl From<rusqlite::Error> for ShopError {
    fn from(error: rusqlite::Error) -> ShopError {
        ShopError::Database(error.to_string())
    }
}

/// Whether `error` is SQLite refusing a row for breaking the constraint
/// `extended_code` (such as `ffi::SQLITE_CONSTRAINT_UNIQUE`).
fn violates(error: &rusqlite::Error, extended_code: i32) -> bool {
    error.sqlite_extended_error_code() == Some(extended_code)
}

fn order_from_row(row: &Row<'_>) -> rusqlite::Result<Order> {
    Ok(Order {
        id: OrderId(row.get(0)?),
        user: UserId(row.get(1)?),
        total: Cents(row.get(2)?),
        status: row.get(3)?,
    })
}

// ANCHOR: atomically
/// Runs `work` as one unit: everything it wrote is kept, or, if it fails,
/// none of it is.
///
/// It opens a SAVEPOINT rather than a transaction, because savepoints nest.
/// On a connection with no transaction open, SQLite treats the savepoint as
/// a transaction, and RELEASE commits it. Inside a transaction that someone
/// else opened (a test's, say), it is a part of that transaction that can be
/// undone alone, and RELEASE merges it in without committing anything.
///
/// `work` must not panic: a panic would leave the savepoint open. (The
/// repository's work returns its errors instead.)
fn atomically<T>(
    connection: &Connection,
    work: impl FnOnce() -> Result<T, ShopError>,
) -> Result<T, ShopError> {
    connection.execute_batch("SAVEPOINT unit_of_work")?;
    let outcome = work().and_then(|value| {
        connection.execute_batch("RELEASE unit_of_work")?;
        Ok(value)
    });
    if outcome.is_err() {
        // The work failed, or its commit did: undo all of it, then close
        // the savepoint so that the connection is left as it was found.
        connection.execute_batch("ROLLBACK TO unit_of_work; RELEASE unit_of_work")?;
    }
    outcome
}
// ANCHOR_END: atomically

pub struct Repository<'c> {
    connection: &'c Connection,
}

impl<'c> Repository<'c> {
    /// A repository on a migrated database (see [`crate::migrations`]).
    pub fn new(connection: &'c Connection) -> Repository<'c> {
        Repository { connection }
    }

    /// Stores a new user. Fails with `EmailTaken` if the email is in use.
    pub fn create_user(&self, email: &str, name: &str) -> Result<User, ShopError> {
        self.connection
            .execute(
                "INSERT INTO users (email, name) VALUES (?1, ?2)",
                (email, name),
            )
            .map_err(|error| {
                if violates(&error, ffi::SQLITE_CONSTRAINT_UNIQUE) {
                    ShopError::EmailTaken(email.to_string())
                } else {
                    error.into()
                }
            })?;
        Ok(User {
            id: UserId(self.connection.last_insert_rowid()),
            email: email.to_string(),
            name: name.to_string(),
        })
    }

    pub fn user(&self, id: UserId) -> Result<Option<User>, ShopError> {
        let user = self
            .connection
            .query_row(
                "SELECT id, email, name FROM users WHERE id = ?1",
                [id.0],
                |row| {
                    Ok(User {
                        id: UserId(row.get(0)?),
                        email: row.get(1)?,
                        name: row.get(2)?,
                    })
                },
            )
            .optional()?;
        Ok(user)
    }

    // ANCHOR: place_order
    /// Places an order for `user`: the order and all its lines are stored,
    /// or nothing is. A line the database refuses (see
    /// [`ShopError::InvalidLine`]) undoes the order and the lines before it.
    pub fn place_order(&self, user: UserId, lines: &[OrderLine]) -> Result<Order, ShopError> {
        if lines.is_empty() {
            return Err(ShopError::EmptyOrder);
        }
        let total: Cents = lines.iter().map(OrderLine::subtotal).sum();
        atomically(self.connection, || {
            self.connection
                .execute(
                    "INSERT INTO orders (user_id, total_cents, status) VALUES (?1, ?2, ?3)",
                    params![user.0, total.0, OrderStatus::Placed],
                )
                .map_err(|error| {
                    if violates(&error, ffi::SQLITE_CONSTRAINT_FOREIGNKEY) {
                        ShopError::UnknownUser(user)
                    } else {
                        error.into()
                    }
                })?;
            let id = OrderId(self.connection.last_insert_rowid());
            for (index, line) in lines.iter().enumerate() {
                self.connection
                    .execute(
                        "INSERT INTO order_lines (order_id, sku, quantity, unit_price_cents)
                         VALUES (?1, ?2, ?3, ?4)",
                        params![id.0, line.sku, line.quantity, line.unit_price.0],
                    )
                    .map_err(|error| {
                        if violates(&error, ffi::SQLITE_CONSTRAINT_CHECK) {
                            ShopError::InvalidLine { index }
                        } else {
                            error.into()
                        }
                    })?;
            }
            Ok(Order {
                id,
                user,
                total,
                status: OrderStatus::Placed,
            })
        })
    }
    // ANCHOR_END: place_order

    pub fn order(&self, id: OrderId) -> Result<Option<Order>, ShopError> {
        let order = self
            .connection
            .query_row(
                "SELECT id, user_id, total_cents, status FROM orders WHERE id = ?1",
                [id.0],
                order_from_row,
            )
            .optional()?;
        Ok(order)
    }

    /// An order's lines, in the order they were given.
    pub fn lines_of(&self, order: OrderId) -> Result<Vec<OrderLine>, ShopError> {
        let mut statement = self.connection.prepare(
            "SELECT sku, quantity, unit_price_cents FROM order_lines
             WHERE order_id = ?1 ORDER BY id",
        )?;
        let lines = statement
            .query_map([order.0], |row| {
                Ok(OrderLine {
                    sku: row.get(0)?,
                    quantity: row.get(1)?,
                    unit_price: Cents(row.get(2)?),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(lines)
    }

    // ANCHOR: relationship
    /// A user's orders, oldest first, whatever their status.
    pub fn orders_of(&self, user: UserId) -> Result<Vec<Order>, ShopError> {
        let mut statement = self.connection.prepare(
            "SELECT id, user_id, total_cents, status FROM orders
             WHERE user_id = ?1 ORDER BY id",
        )?;
        let orders = statement
            .query_map([user.0], order_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(orders)
    }

    /// What a user has spent: the totals of their orders that are paid for
    /// (paid, shipped or delivered). 0 for a user with no such orders.
    pub fn total_spent(&self, user: UserId) -> Result<Cents, ShopError> {
        let cents = self.connection.query_row(
            "SELECT COALESCE(SUM(total_cents), 0) FROM orders
             WHERE user_id = ?1 AND status IN (?2, ?3, ?4)",
            params![
                user.0,
                OrderStatus::Paid,
                OrderStatus::Shipped,
                OrderStatus::Delivered
            ],
            |row| row.get(0),
        )?;
        Ok(Cents(cents))
    }
    // ANCHOR_END: relationship

    // ANCHOR: set_status
    /// Moves an order to status `to`, if the shop allows it from the status
    /// it has now, and returns it as stored.
    pub fn set_status(&self, id: OrderId, to: OrderStatus) -> Result<Order, ShopError> {
        // The check and the change are one unit of work: no other connection
        // can change the status between the moment it is read and the moment
        // the new one is written.
        atomically(self.connection, || {
            let order = self.order(id)?.ok_or(ShopError::UnknownOrder(id))?;
            if !order.status.can_become(to) {
                return Err(ShopError::InvalidTransition {
                    from: order.status,
                    to,
                });
            }
            self.connection.execute(
                "UPDATE orders SET status = ?1 WHERE id = ?2",
                params![to, id.0],
            )?;
            Ok(Order {
                status: to,
                ..order
            })
        })
    }
    // ANCHOR_END: set_status
}

#[cfg(test)]
mod tests {
    use super::{OrderId, ShopError, UserId};
    use crate::status::OrderStatus;

    /// What a person reads: each error names what it is about.
    #[test]
    fn each_error_reads_as_a_sentence_about_what_went_wrong() {
        let cases = [
            (
                ShopError::EmailTaken("ada@shop.test".into()),
                "ada@shop.test already has an account",
            ),
            (ShopError::UnknownUser(UserId(7)), "there is no user 7"),
            (ShopError::UnknownOrder(OrderId(8)), "there is no order 8"),
            (ShopError::EmptyOrder, "an order needs at least one line"),
            (
                ShopError::InvalidLine { index: 2 },
                "line 2 of the order is invalid",
            ),
            (
                ShopError::InvalidTransition {
                    from: OrderStatus::Shipped,
                    to: OrderStatus::Placed,
                },
                "an order that is shipped cannot become placed",
            ),
            (
                ShopError::Database("disk full".into()),
                "database error: disk full",
            ),
        ];
        for (error, text) in cases {
            assert_eq!(error.to_string(), text);
        }
    }
}
