//! The shop's workflows: everything a customer or the warehouse can ask of
//! it, each in one database transaction, with the card provider at the
//! edge.

use rusqlite::Connection;

use crate::carts::{self, Cart};
use crate::catalog::{self, NewProduct, Product};
use crate::coupons;
use crate::db::Database;
use crate::order_status::{Action, OrderStatus};
use crate::orders::{self, Order, StoredOrder};
use crate::payments::PaymentProvider;
use crate::pricing;
use crate::stock;

/// Everything the shop can refuse, or fail with.
#[derive(Debug)]
pub enum ShopError {
    ProductNotFound(String),
    CartNotFound(i64),
    OrderNotFound(i64),
    /// A quantity of 0: a cart line, or a refund, is at least one item.
    InvalidQuantity,
    UnknownCoupon(String),
    EmptyCart(i64),
    /// The cart was checked out as this order, and takes no more changes.
    CartClosed {
        cart: i64,
        order: i64,
    },
    /// Fewer of this product are for sale than the cart holds.
    OutOfStock(String),
    /// The order's status does not allow the action.
    Refused {
        status: OrderStatus,
        action: Action,
    },
    /// The card provider took no money; the order is as it was.
    PaymentDeclined,
    /// More items given back than the order still holds of the product.
    NotInOrder {
        sku: String,
        wanted: u32,
        left: u32,
    },
    /// Giving these back would leave the order with nothing in it: that is
    /// a cancellation, not a refund of items.
    LastItems,
    Database(rusqlite::Error),
}

impl From<rusqlite::Error> for ShopError {
    fn from(error: rusqlite::Error) -> ShopError {
        ShopError::Database(error)
    }
}

/// The shop, on its database and its card provider.
pub struct Shop {
    database: Database,
    payments: Box<dyn PaymentProvider>,
}

impl Shop {
    pub fn new(database: Database, payments: impl PaymentProvider + 'static) -> Shop {
        Shop {
            database,
            payments: Box::new(payments),
        }
    }

    /// Adds a product to the catalog, with what the warehouse holds of it.
    pub fn add_product(&self, product: &NewProduct<'_>) -> Result<(), ShopError> {
        catalog::add(&self.database.lock(), product)?;
        Ok(())
    }

    pub fn product(&self, sku: &str) -> Result<Product, ShopError> {
        find_product(&self.database.lock(), sku)
    }

    /// The warehouse receives `quantity` more of `sku`.
    pub fn restock(&self, sku: &str, quantity: u32) -> Result<Product, ShopError> {
        let connection = self.database.lock();
        find_product(&connection, sku)?;
        stock::receive(&connection, sku, quantity)?;
        find_product(&connection, sku)
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
        let quantity = at_least_one(quantity)?;
        let connection = self.database.lock();
        open_cart(&connection, cart)?;
        find_product(&connection, sku)?;
        carts::add_line(&connection, cart, sku, quantity)?;
        find_cart(&connection, cart)
    }

    /// Takes the product's line out of the cart; a product the cart does
    /// not hold leaves it as it is.
    pub fn remove_from_cart(&self, cart: i64, sku: &str) -> Result<Cart, ShopError> {
        let connection = self.database.lock();
        open_cart(&connection, cart)?;
        carts::remove_line(&connection, cart, sku)?;
        find_cart(&connection, cart)
    }

    /// Puts the coupon on the cart. Whether it takes anything off depends
    /// on the cart, every time its totals are worked out (see
    /// [`coupons::percent_off`]).
    pub fn apply_coupon(&self, cart: i64, code: &str) -> Result<Cart, ShopError> {
        let connection = self.database.lock();
        open_cart(&connection, cart)?;
        if !coupons::exists(code) {
            return Err(ShopError::UnknownCoupon(code.to_string()));
        }
        carts::set_coupon(&connection, cart, code)?;
        find_cart(&connection, cart)
    }

    /// Turns the cart into a pending order, at the cart's totals, and sets
    /// its items aside: all of them, or, when one is short, none.
    pub fn checkout(&self, cart: i64) -> Result<Order, ShopError> {
        let mut connection = self.database.lock();
        let transaction = connection.transaction()?;
        let cart = open_cart(&transaction, cart)?;
        if cart.lines.is_empty() {
            return Err(ShopError::EmptyCart(cart.id));
        }
        for line in &cart.lines {
            if stock::can_set_aside(&transaction, &line.sku, line.quantity)? != Some(true) {
                return Err(ShopError::OutOfStock(line.sku.clone()));
            }
        }
        let lines: Vec<_> = cart
            .lines
            .iter()
            .map(|line| (line.sku.clone(), line.unit_price, line.quantity))
            .collect();
        let percent_off = coupons::percent_off(cart.coupon.as_deref(), cart.totals.subtotal);
        let id = orders::insert(&transaction, &lines, percent_off, cart.totals)?;
        carts::close(&transaction, cart.id, id)?;
        let order = find_order(&transaction, id)?.order;
        transaction.commit()?;
        Ok(order)
    }

    pub fn order(&self, id: i64) -> Result<Order, ShopError> {
        Ok(find_order(&self.database.lock(), id)?.order)
    }

    /// Charges the order's total to `card`. When the provider declines,
    /// nothing changes.
    pub fn pay(&self, id: i64, card: &str) -> Result<Order, ShopError> {
        let mut connection = self.database.lock();
        let transaction = connection.transaction()?;
        let StoredOrder { order, .. } = find_order(&transaction, id)?;
        let paid = next_status(&order, Action::Pay)?;
        let charge = self
            .payments
            .charge(card, order.totals.total, order.id)
            .map_err(|_| ShopError::PaymentDeclined)?;
        orders::set_paid(&transaction, id, paid, &charge)?;
        let order = find_order(&transaction, id)?.order;
        transaction.commit()?;
        Ok(order)
    }

    // ANCHOR: refund_items
    /// Gives `quantity` of the paid order's `sku` back before it ships:
    /// they are for sale again, and the card gets back what they were
    /// worth (see [`pricing::refund`]). The order keeps at least one item.
    pub fn refund_items(&self, id: i64, sku: &str, quantity: u32) -> Result<Order, ShopError> {
        let quantity = at_least_one(quantity)?;
        let mut connection = self.database.lock();
        let transaction = connection.transaction()?;
        let StoredOrder { order, charge } = find_order(&transaction, id)?;
        next_status(&order, Action::RefundItems)?;
        let line = order.lines.iter().find(|line| line.sku == sku);
        let left = line.map_or(0, |line| line.left());
        if quantity > left {
            return Err(ShopError::NotInOrder {
                sku: sku.to_string(),
                wanted: quantity,
                left,
            });
        }
        let items_left: u32 = order.lines.iter().map(|line| line.left()).sum();
        if items_left == quantity {
            return Err(ShopError::LastItems);
        }
        orders::add_refunded(&transaction, id, sku, quantity)?;
        let after = find_order(&transaction, id)?.order;
        // A paid order has a charge; the `if` only keeps a refund from ever
        // inventing one.
        if let Some(charge) = &charge {
            let amount = pricing::refund(order.left(), after.left());
            self.payments.refund(charge, amount);
        }
        transaction.commit()?;
        Ok(after)
    }
    // ANCHOR_END: refund_items

    /// Hands a paid order to the carrier: what it still holds leaves the
    /// warehouse.
    pub fn ship(&self, id: i64) -> Result<Order, ShopError> {
        let mut connection = self.database.lock();
        let transaction = connection.transaction()?;
        let StoredOrder { order, .. } = find_order(&transaction, id)?;
        let shipped = next_status(&order, Action::Ship)?;
        for line in &order.lines {
            stock::send(&transaction, &line.sku, line.left())?;
        }
        orders::set_status(&transaction, id, shipped)?;
        let order = find_order(&transaction, id)?.order;
        transaction.commit()?;
        Ok(order)
    }

    /// Calls the order off: what it holds is for sale again, and a paid
    /// order gets back what is left of its payment.
    pub fn cancel(&self, id: i64) -> Result<Order, ShopError> {
        let mut connection = self.database.lock();
        let transaction = connection.transaction()?;
        let StoredOrder { order, charge } = find_order(&transaction, id)?;
        let cancelled = next_status(&order, Action::Cancel)?;
        if let Some(charge) = &charge {
            self.payments.refund(charge, order.left().total);
        }
        orders::set_status(&transaction, id, cancelled)?;
        let order = find_order(&transaction, id)?.order;
        transaction.commit()?;
        Ok(order)
    }
}

fn at_least_one(quantity: u32) -> Result<u32, ShopError> {
    if quantity == 0 {
        Err(ShopError::InvalidQuantity)
    } else {
        Ok(quantity)
    }
}

fn find_product(connection: &Connection, sku: &str) -> Result<Product, ShopError> {
    catalog::find(connection, sku)?.ok_or_else(|| ShopError::ProductNotFound(sku.to_string()))
}

fn find_cart(connection: &Connection, id: i64) -> Result<Cart, ShopError> {
    carts::find(connection, id)?.ok_or(ShopError::CartNotFound(id))
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
    orders::find(connection, id)?.ok_or(ShopError::OrderNotFound(id))
}

fn next_status(order: &Order, action: Action) -> Result<OrderStatus, ShopError> {
    order.status.after(action).ok_or(ShopError::Refused {
        status: order.status,
        action,
    })
}
