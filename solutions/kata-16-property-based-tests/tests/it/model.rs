//! The model: the shop as simply as it can be said, so simply that it is
//! obviously right. It keeps no database and no ids, only what the
//! properties compare: what is for sale, what each cart holds, and where
//! each order and its money are.

use std::collections::BTreeMap;

use kata_16::money::Cents;
use kata_16::order_status::OrderStatus;
use kata_16::pricing::Totals;

use crate::fixtures::{CATALOG, product};
use crate::generators::{Card, Step};
use crate::harness::{Answer, Refusal};

/// Quantities by SKU.
pub type Lines = BTreeMap<&'static str, u32>;

/// The shop, as the model sees it.
#[derive(Debug, Clone)]
pub struct Model {
    /// How many of each product are for sale, by SKU.
    pub in_stock: BTreeMap<&'static str, i64>,
    /// Every cart opened, in the order opened: `carts[0]` is `cart: 0`.
    pub carts: Vec<ModelCart>,
    /// Every order placed, in the order placed.
    pub orders: Vec<ModelOrder>,
}

/// A cart, as the model sees it.
#[derive(Debug, Clone, Default)]
pub struct ModelCart {
    pub lines: Lines,
    /// Whether BASKET10 is on the cart.
    pub coupon: bool,
    /// The order the cart became (its place in `Model::orders`), once
    /// checked out.
    pub order: Option<usize>,
}

/// An order, as the model sees it.
#[derive(Debug, Clone)]
pub struct ModelOrder {
    pub status: OrderStatus,
    /// What the order still holds: what was ordered, less what was given
    /// back.
    pub left: Lines,
    /// The percentage off, as it was at checkout.
    pub percent_off: u32,
    /// What the card was charged for the order.
    pub charged: Cents,
    /// What went back to the card, in all.
    pub refunded: Cents,
}

// ANCHOR: prices
/// The percentage BASKET10 takes off `lines`: 10 on a subtotal of 30.00 or
/// more, when the cart has the coupon; else nothing.
pub fn percent_off(lines: &Lines, coupon: bool) -> u32 {
    if coupon && subtotal(lines) >= 3000 {
        10
    } else {
        0
    }
}

/// The totals of `lines` with `percent_off` per cent off, the half cent
/// rounded up. Worked out in plain cents, with none of the shop's own
/// arithmetic on `Cents`: a model that borrows the system's code agrees
/// with its bugs.
pub fn totals(lines: &Lines, percent_off: u32) -> Totals {
    let subtotal = subtotal(lines);
    let discount = (subtotal * i64::from(percent_off) + 50) / 100;
    Totals {
        subtotal: Cents(subtotal),
        discount: Cents(discount),
        total: Cents(subtotal - discount),
    }
}

/// The lines added up, in cents.
fn subtotal(lines: &Lines) -> i64 {
    lines
        .iter()
        .map(|(&sku, &quantity)| price(sku) * i64::from(quantity))
        .sum()
}
// ANCHOR_END: prices

/// The catalog's price of `sku`, in cents.
fn price(sku: &str) -> i64 {
    product(sku)
        .unwrap_or_else(|| panic!("the model prices only what the shop sells, not {sku}"))
        .price
        .0
}

/// The answer to a step the shop refuses.
fn refused(refusal: Refusal) -> Answer {
    Answer::Refused(refusal)
}

impl Model {
    /// The shop as a run starts: the catalog, all of it for sale, and
    /// nothing else.
    pub fn new() -> Model {
        Model {
            in_stock: CATALOG
                .iter()
                .map(|product| (product.sku, i64::from(product.on_hand)))
                .collect(),
            carts: Vec::new(),
            orders: Vec::new(),
        }
    }

    /// Takes `step`, and returns what the shop must answer to it. When a
    /// step breaks more than one rule, the shop names the first it checks
    /// (src/shop.rs): so does the model.
    pub fn apply(&mut self, step: &Step) -> Answer {
        match *step {
            Step::OpenCart => {
                self.carts.push(ModelCart::default());
                Answer::Done
            }
            Step::Add {
                cart,
                sku,
                quantity,
            } => self.add(cart, sku, quantity),
            Step::Remove { cart, sku } => self.remove(cart, sku),
            Step::ApplyCoupon { cart, code } => self.apply_coupon(cart, code),
            Step::Checkout { cart } => self.checkout(cart),
            Step::Pay { order, card } => self.pay(order, card),
            Step::RefundItems {
                order,
                sku,
                quantity,
            } => self.refund_items(order, sku, quantity),
            Step::Ship { order } => self.ship(order),
            Step::Cancel { order } => self.cancel(order),
            Step::Restock { sku, quantity } => self.restock(sku, quantity),
        }
    }

    fn add(&mut self, cart: usize, sku: &'static str, quantity: u32) -> Answer {
        if quantity == 0 {
            return refused(Refusal::InvalidQuantity);
        }
        let cart = &mut self.carts[cart];
        if cart.order.is_some() {
            return refused(Refusal::CartClosed);
        }
        if product(sku).is_none() {
            return refused(Refusal::NotFound);
        }
        *cart.lines.entry(sku).or_default() += quantity;
        Answer::Done
    }

    fn remove(&mut self, cart: usize, sku: &'static str) -> Answer {
        let cart = &mut self.carts[cart];
        if cart.order.is_some() {
            return refused(Refusal::CartClosed);
        }
        cart.lines.remove(sku);
        Answer::Done
    }

    fn apply_coupon(&mut self, cart: usize, code: &str) -> Answer {
        let cart = &mut self.carts[cart];
        if cart.order.is_some() {
            return refused(Refusal::CartClosed);
        }
        if code != "BASKET10" {
            return refused(Refusal::UnknownCoupon);
        }
        cart.coupon = true;
        Answer::Done
    }

    fn checkout(&mut self, cart: usize) -> Answer {
        let index = cart;
        let cart = &self.carts[index];
        if cart.order.is_some() {
            return refused(Refusal::CartClosed);
        }
        if cart.lines.is_empty() {
            return refused(Refusal::EmptyCart);
        }
        if cart
            .lines
            .iter()
            .any(|(sku, &quantity)| i64::from(quantity) > self.in_stock[sku])
        {
            return refused(Refusal::OutOfStock);
        }
        for (sku, &quantity) in &cart.lines {
            *self
                .in_stock
                .get_mut(sku)
                .expect("a product of the catalog") -= i64::from(quantity);
        }
        self.orders.push(ModelOrder {
            status: OrderStatus::Pending,
            left: cart.lines.clone(),
            percent_off: percent_off(&cart.lines, cart.coupon),
            charged: Cents(0),
            refunded: Cents(0),
        });
        self.carts[index].order = Some(self.orders.len() - 1);
        Answer::Done
    }

    fn pay(&mut self, order: usize, card: Card) -> Answer {
        let order = &mut self.orders[order];
        if order.status != OrderStatus::Pending {
            return refused(Refusal::NotAllowed);
        }
        if card == Card::Declined {
            return refused(Refusal::Declined);
        }
        order.status = OrderStatus::Paid;
        order.charged = totals(&order.left, order.percent_off).total;
        Answer::Done
    }

    fn refund_items(&mut self, order: usize, sku: &'static str, quantity: u32) -> Answer {
        if quantity == 0 {
            return refused(Refusal::InvalidQuantity);
        }
        let order = &mut self.orders[order];
        if order.status != OrderStatus::Paid {
            return refused(Refusal::NotAllowed);
        }
        let left = order.left.get(sku).copied().unwrap_or(0);
        if quantity > left {
            return refused(Refusal::NotInOrder);
        }
        if order.left.values().sum::<u32>() == quantity {
            return refused(Refusal::LastItems);
        }
        let before = totals(&order.left, order.percent_off).total;
        order.left.insert(sku, left - quantity);
        let after = totals(&order.left, order.percent_off).total;
        order.refunded = Cents(order.refunded.0 + before.0 - after.0);
        *self
            .in_stock
            .get_mut(sku)
            .expect("a product of the catalog") += i64::from(quantity);
        Answer::Done
    }

    fn ship(&mut self, order: usize) -> Answer {
        let order = &mut self.orders[order];
        if order.status != OrderStatus::Paid {
            return refused(Refusal::NotAllowed);
        }
        // What it holds was off sale since checkout, and stays off.
        order.status = OrderStatus::Shipped;
        Answer::Done
    }

    fn cancel(&mut self, order: usize) -> Answer {
        let order = &mut self.orders[order];
        match order.status {
            OrderStatus::Pending => {}
            OrderStatus::Paid => {
                order.refunded = order.charged;
            }
            OrderStatus::Shipped | OrderStatus::Cancelled => {
                return refused(Refusal::NotAllowed);
            }
        }
        order.status = OrderStatus::Cancelled;
        for (sku, &quantity) in &order.left {
            *self
                .in_stock
                .get_mut(sku)
                .expect("a product of the catalog") += i64::from(quantity);
        }
        Answer::Done
    }

    fn restock(&mut self, sku: &'static str, quantity: u32) -> Answer {
        match self.in_stock.get_mut(sku) {
            Some(in_stock) => {
                *in_stock += i64::from(quantity);
                Answer::Done
            }
            None => refused(Refusal::NotFound),
        }
    }
}
