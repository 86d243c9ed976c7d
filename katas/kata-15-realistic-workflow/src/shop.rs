//! The shop's workflows: everything the API can ask of it, each in one
//! database transaction, with the card provider and the notifier at the
//! edges.

use std::fmt;
use std::sync::Arc;

use rusqlite::Connection;

use crate::carts::{self, Cart};
use crate::catalog::{self, NewProduct, Product};
use crate::coupons;
use crate::db::Database;
use crate::notifications::{Kind, Notification, Notifier};
use crate::order_status::{Action, OrderStatus};
use crate::orders::{self, Order, OrderLine, StoredOrder};
use crate::payments::PaymentProvider;
use crate::stock;

/// Everything the shop can refuse, or fail with.
#[derive(Debug)]
pub enum ShopError {
    ProductNotFound(String),
    /// No cart has this id (as the client wrote it).
    CartNotFound(String),
    /// No order has this id (as the client wrote it).
    OrderNotFound(String),
    /// A quantity of 0: a cart line is at least one of something.
    InvalidQuantity,
    UnknownCoupon(String),
    InvalidEmail(String),
    EmptyCart(i64),
    /// The cart was checked out as this order, and takes no more changes.
    CartClosed {
        cart: i64,
        order: i64,
    },
    OutOfStock {
        sku: String,
        wanted: u32,
        available: u32,
    },
    /// The order's status does not allow the action.
    Refused {
        status: OrderStatus,
        action: Action,
    },
    /// The card provider took no money; the order is as it was.
    PaymentDeclined(String),
    Database(rusqlite::Error),
}

impl From<rusqlite::Error> for ShopError {
    fn from(error: rusqlite::Error) -> ShopError {
        ShopError::Database(error)
    }
}

impl fmt::Display for ShopError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShopError::ProductNotFound(sku) => write!(f, "no product has SKU {sku:?}"),
            ShopError::CartNotFound(id) => write!(f, "no cart has id {id}"),
            ShopError::OrderNotFound(id) => write!(f, "no order has id {id}"),
            ShopError::InvalidQuantity => write!(f, "quantity must be at least 1"),
            ShopError::UnknownCoupon(code) => write!(f, "{code:?} is not a coupon of this shop"),
            ShopError::InvalidEmail(email) => write!(f, "{email:?} is not an email address"),
            ShopError::EmptyCart(id) => write!(f, "cart {id} is empty: add a product first"),
            ShopError::CartClosed { cart, order } => {
                write!(f, "cart {cart} was checked out as order {order}")
            }
            ShopError::OutOfStock {
                sku,
                wanted,
                available,
            } => write!(f, "{wanted} of {sku} wanted, {available} for sale"),
            ShopError::Refused { status, action } => {
                write!(f, "a {status} order can't be {}", action.past_participle())
            }
            ShopError::PaymentDeclined(reason) => write!(f, "payment declined: {reason}"),
            ShopError::Database(error) => write!(f, "database error: {error}"),
        }
    }
}

impl std::error::Error for ShopError {}

/// The shop, on its database and its two boundaries. Clones share all
/// three: the router gives one to each request.
#[derive(Clone)]
pub struct Shop {
    database: Database,
    payments: Arc<dyn PaymentProvider>,
    notifier: Arc<dyn Notifier>,
}

impl Shop {
    pub fn new(
        database: Database,
        payments: impl PaymentProvider + 'static,
        notifier: impl Notifier + 'static,
    ) -> Shop {
        Shop {
            database,
            payments: Arc::new(payments),
            notifier: Arc::new(notifier),
        }
    }

    /// Adds a product to the catalog, with the stock the warehouse holds.
    /// The back office does this; the API has no route for it.
    pub fn add_product(&self, product: &NewProduct<'_>) -> Result<(), ShopError> {
        catalog::add(&self.database.lock(), product)?;
        Ok(())
    }

    /// Whether the database answers a query: what `GET /health` reports.
    pub fn check_database(&self) -> Result<(), ShopError> {
        self.database
            .lock()
            .query_row("SELECT count(*) FROM products", [], |_| Ok(()))?;
        Ok(())
    }

    pub fn search(&self, text: &str) -> Result<Vec<Product>, ShopError> {
        Ok(catalog::search(&self.database.lock(), text)?)
    }

    pub fn product(&self, sku: &str) -> Result<Product, ShopError> {
        catalog::find(&self.database.lock(), sku)?
            .ok_or_else(|| ShopError::ProductNotFound(sku.to_string()))
    }

    pub fn open_cart(&self) -> Result<Cart, ShopError> {
        let connection = self.database.lock();
        let id = carts::create(&connection)?;
        open_cart(&connection, id)
    }

    pub fn cart(&self, id: i64) -> Result<Cart, ShopError> {
        find_cart(&self.database.lock(), id)
    }

    pub fn add_to_cart(&self, cart: i64, sku: &str, quantity: u32) -> Result<Cart, ShopError> {
        if quantity == 0 {
            return Err(ShopError::InvalidQuantity);
        }
        let connection = self.database.lock();
        open_cart(&connection, cart)?;
        if catalog::find(&connection, sku)?.is_none() {
            return Err(ShopError::ProductNotFound(sku.to_string()));
        }
        carts::add_line(&connection, cart, sku, quantity)?;
        find_cart(&connection, cart)
    }

    pub fn apply_coupon(&self, cart: i64, code: &str) -> Result<Cart, ShopError> {
        let connection = self.database.lock();
        open_cart(&connection, cart)?;
        let coupon =
            coupons::find(code).ok_or_else(|| ShopError::UnknownCoupon(code.to_string()))?;
        carts::set_coupon(&connection, cart, coupon.code, coupon.percent_off)?;
        find_cart(&connection, cart)
    }

    /// Turns the cart into a pending order for `email`, and sets its items
    /// aside: all of them, or, when one is short, none.
    pub fn checkout(&self, cart: i64, email: &str) -> Result<Order, ShopError> {
        let email = valid_email(email)?;
        let mut connection = self.database.lock();
        let transaction = connection.transaction()?;
        let cart = open_cart(&transaction, cart)?;
        if cart.lines.is_empty() {
            return Err(ShopError::EmptyCart(cart.id));
        }
        for line in &cart.lines {
            if !stock::take(&transaction, &line.sku, line.quantity)? {
                // Dropping the transaction unfinished rolls back the lines
                // already set aside.
                return Err(ShopError::OutOfStock {
                    sku: line.sku.clone(),
                    wanted: line.quantity,
                    available: stock::available(&transaction, &line.sku)?,
                });
            }
        }
        let lines: Vec<OrderLine> = cart
            .lines
            .iter()
            .map(|line| OrderLine {
                sku: line.sku.clone(),
                name: line.name.clone(),
                unit_price: line.unit_price,
                quantity: line.quantity,
            })
            .collect();
        let id = orders::insert(&transaction, email, &lines, cart.totals)?;
        carts::close(&transaction, cart.id, id)?;
        let order = find_order(&transaction, id)?.order;
        transaction.commit()?;
        Ok(order)
    }

    pub fn order(&self, id: i64) -> Result<Order, ShopError> {
        Ok(find_order(&self.database.lock(), id)?.order)
    }

    /// Charges the order's total to `card`. When the provider approves, the
    /// order is paid and the customer told; when it declines, nothing
    /// changes and no one is told.
    pub fn pay(&self, id: i64, card: &str) -> Result<Order, ShopError> {
        let mut connection = self.database.lock();
        let transaction = connection.transaction()?;
        let StoredOrder { order, .. } = find_order(&transaction, id)?;
        let paid = next_status(&order, Action::Pay)?;
        // The lock is held across the charge, so that two requests can't
        // both pay one order. The sandbox answers at once; a shop calling a
        // real provider over the network would not hold its database for
        // that long, and would send an idempotency key instead.
        let charge = self
            .payments
            .charge(card, order.totals.total, order.id)
            .map_err(|declined| ShopError::PaymentDeclined(declined.reason))?;
        orders::set_paid(&transaction, id, paid, &charge)?;
        let order = find_order(&transaction, id)?.order;
        transaction.commit()?;
        self.notify(&order, Kind::OrderConfirmed);
        Ok(order)
    }

    /// Hands a paid order to the carrier.
    pub fn ship(&self, id: i64) -> Result<Order, ShopError> {
        let mut connection = self.database.lock();
        let transaction = connection.transaction()?;
        let StoredOrder { order, .. } = find_order(&transaction, id)?;
        let shipped = next_status(&order, Action::Ship)?;
        orders::set_status(&transaction, id, shipped)?;
        let order = find_order(&transaction, id)?.order;
        transaction.commit()?;
        self.notify(&order, Kind::OrderShipped);
        Ok(order)
    }

    /// Calls off an order that was not paid for, and puts its items back on
    /// sale.
    pub fn cancel(&self, id: i64) -> Result<Order, ShopError> {
        let mut connection = self.database.lock();
        let transaction = connection.transaction()?;
        let StoredOrder { order, .. } = find_order(&transaction, id)?;
        let cancelled = next_status(&order, Action::Cancel)?;
        put_back(&transaction, &order)?;
        orders::set_status(&transaction, id, cancelled)?;
        let order = find_order(&transaction, id)?.order;
        transaction.commit()?;
        Ok(order)
    }

    /// Gives a paid order's money back. Items that have not shipped go back
    /// on sale; shipped ones are with the customer, and come back (or not)
    /// through the returns desk, which is not part of this shop.
    pub fn refund(&self, id: i64) -> Result<Order, ShopError> {
        let mut connection = self.database.lock();
        let transaction = connection.transaction()?;
        let StoredOrder { order, charge } = find_order(&transaction, id)?;
        let refunded = next_status(&order, Action::Refund)?;
        if order.status != OrderStatus::Shipped {
            put_back(&transaction, &order)?;
        }
        // A paid order has a charge; the `if` only keeps a refund from
        // ever inventing one.
        if let Some(charge) = &charge {
            self.payments.refund(charge, order.totals.total);
        }
        orders::set_status(&transaction, id, refunded)?;
        let order = find_order(&transaction, id)?.order;
        transaction.commit()?;
        self.notify(&order, Kind::OrderRefunded);
        Ok(order)
    }

    fn notify(&self, order: &Order, kind: Kind) {
        self.notifier.send(Notification {
            to: order.email.clone(),
            order: order.id,
            kind,
        });
    }
}

fn find_cart(connection: &Connection, id: i64) -> Result<Cart, ShopError> {
    carts::find(connection, id)?.ok_or_else(|| ShopError::CartNotFound(id.to_string()))
}

/// The cart, if it can still change.
fn open_cart(connection: &Connection, id: i64) -> Result<Cart, ShopError> {
    let cart = find_cart(connection, id)?;
    match cart.order {
        Some(order) => Err(ShopError::CartClosed { cart: id, order }),
        None => Ok(cart),
    }
}

fn find_order(connection: &Connection, id: i64) -> Result<StoredOrder, ShopError> {
    orders::find(connection, id)?.ok_or_else(|| ShopError::OrderNotFound(id.to_string()))
}

fn next_status(order: &Order, action: Action) -> Result<OrderStatus, ShopError> {
    order.status.after(action).ok_or(ShopError::Refused {
        status: order.status,
        action,
    })
}

fn put_back(connection: &Connection, order: &Order) -> Result<(), ShopError> {
    for line in &order.lines {
        stock::put_back(connection, &line.sku, line.quantity)?;
    }
    Ok(())
}

/// The address, trimmed, if it has text on both sides of an `@`. (A real
/// shop checks harder; this is enough to have a rule.)
fn valid_email(email: &str) -> Result<&str, ShopError> {
    let email = email.trim();
    match email.split_once('@') {
        Some((local, domain)) if !local.is_empty() && !domain.is_empty() => Ok(email),
        _ => Err(ShopError::InvalidEmail(email.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::{ShopError, valid_email};
    use crate::order_status::{Action, OrderStatus};

    /// The rule itself, case by case; the end-to-end tests only need to
    /// see that a checkout goes through it.
    #[test]
    fn an_email_is_trimmed_or_refused() {
        assert!(matches!(
            valid_email("  ada@shop.test "),
            Ok("ada@shop.test")
        ));
        for wrong in ["ada.shop.test", "@shop.test", "ada@", "  @  ", ""] {
            match valid_email(wrong) {
                Err(ShopError::InvalidEmail(refused)) => assert_eq!(refused, wrong.trim()),
                other => panic!("{wrong:?} gave {other:?}"),
            }
        }
    }

    /// The message of each refusal, which reaches the client as the error
    /// body's `message`: what a person reads to find out what went wrong.
    #[test]
    fn each_refusal_says_what_went_wrong() {
        let refusals = [
            (
                ShopError::ProductNotFound("HAT".into()),
                r#"no product has SKU "HAT""#,
            ),
            (ShopError::CartNotFound("7".into()), "no cart has id 7"),
            (ShopError::OrderNotFound("x".into()), "no order has id x"),
            (ShopError::InvalidQuantity, "quantity must be at least 1"),
            (
                ShopError::UnknownCoupon("HALFPRICE".into()),
                r#""HALFPRICE" is not a coupon of this shop"#,
            ),
            (
                ShopError::InvalidEmail("ada".into()),
                r#""ada" is not an email address"#,
            ),
            (
                ShopError::EmptyCart(3),
                "cart 3 is empty: add a product first",
            ),
            (
                ShopError::CartClosed { cart: 3, order: 5 },
                "cart 3 was checked out as order 5",
            ),
            (
                ShopError::OutOfStock {
                    sku: "MUG".into(),
                    wanted: 11,
                    available: 10,
                },
                "11 of MUG wanted, 10 for sale",
            ),
            (
                ShopError::Refused {
                    status: OrderStatus::Pending,
                    action: Action::Ship,
                },
                "a pending order can't be shipped",
            ),
            (
                ShopError::PaymentDeclined("the card was declined".into()),
                "payment declined: the card was declined",
            ),
        ];
        for (error, message) in refusals {
            assert_eq!(error.to_string(), message, "{error:?}");
        }
        // A failure of the database keeps the database's own words (for
        // the server's log; the client never sees them).
        let database = ShopError::Database(rusqlite::Error::QueryReturnedNoRows);
        assert_eq!(
            database.to_string(),
            format!("database error: {}", rusqlite::Error::QueryReturnedNoRows)
        );
    }
}
