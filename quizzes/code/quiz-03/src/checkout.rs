//! Layer 2: the checkout prices an order and takes the coupon's discount off.

use std::cell::Cell;
use std::collections::HashMap;

use crate::Cents;
use crate::controller::{Order, OrderError, OrderService, Receipt};

// ANCHOR: coupons
/// What the checkout needs from the coupon service.
pub trait Coupons {
    /// The discount a code gives, **in percent** of the order's total (`10`
    /// is 10 % off), or `None` for a code the shop doesn't know. Codes are
    /// printed in capitals: `SPRING`, never `spring`.
    fn discount(&self, code: &str) -> Option<u64>;
}
// ANCHOR_END: coupons

pub struct Checkout<C> {
    prices: HashMap<String, Cents>,
    coupons: C,
    last_id: Cell<u32>,
}

impl<C: Coupons> Checkout<C> {
    pub fn new(prices: &[(&str, Cents)], coupons: C) -> Checkout<C> {
        Checkout {
            prices: prices
                .iter()
                .map(|(sku, price)| (sku.to_string(), *price))
                .collect(),
            coupons,
            last_id: Cell::new(0),
        }
    }
}

impl<C: Coupons> OrderService for Checkout<C> {
    // ANCHOR: place
    fn place(&self, order: Order) -> Result<Receipt, OrderError> {
        let mut total = 0;
        for (sku, quantity) in &order.items {
            let price = self
                .prices
                .get(sku)
                .ok_or_else(|| OrderError::UnknownProduct(sku.clone()))?;
            total += price.0 * u64::from(*quantity);
        }
        if let Some(code) = &order.coupon {
            let percent = self
                .coupons
                .discount(code)
                .ok_or_else(|| OrderError::UnknownCoupon(code.clone()))?;
            total -= total * percent / 100;
        }
        self.last_id.set(self.last_id.get() + 1);
        Ok(Receipt {
            order_id: self.last_id.get(),
            total: Cents(total),
        })
    }
    // ANCHOR_END: place
}
