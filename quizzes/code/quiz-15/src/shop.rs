//! The workflows behind the routes. Each one checks everything before it
//! changes anything, so that a refusal leaves no trace.

use crate::edges::{Kind, Notification, Outbox, Sandbox};
use crate::order::{self, Action, Line, Order, Status};
use crate::store::Store;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShopError {
    NoSuchOrder(u32),
    NoSuchProduct(String),
    NotEnoughOnTheShelf(String),
    InvalidTransition { status: Status, action: Action },
}

pub struct Shop {
    store: Store,
    card: Sandbox,
    outbox: Outbox,
}

impl Shop {
    pub fn new(store: Store, card: Sandbox, outbox: Outbox) -> Shop {
        Shop {
            store,
            card,
            outbox,
        }
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Takes the items off the shelf and charges the card.
    pub fn place(&self, customer: &str, wanted: &[(&str, u32)]) -> Result<Order, ShopError> {
        let mut lines = Vec::new();
        for (sku, quantity) in wanted {
            let product = self
                .store
                .product(sku)
                .ok_or_else(|| ShopError::NoSuchProduct(sku.to_string()))?;
            if product.on_shelf < *quantity {
                return Err(ShopError::NotEnoughOnTheShelf(sku.to_string()));
            }
            lines.push(Line {
                sku: product.sku,
                quantity: *quantity,
                price: product.price,
            });
        }
        for line in &lines {
            let on_shelf = self.on_shelf(&line.sku);
            self.store.set_on_shelf(&line.sku, on_shelf - line.quantity);
        }
        let total = order::total(&lines);
        let order = self.store.add_order(Order {
            id: 0,
            customer: customer.to_string(),
            lines,
            total,
            status: Status::Placed,
        });
        self.card.charge(order.id, order.total);
        Ok(order)
    }

    /// The staff packed the order: the customer can come for it.
    pub fn pack(&self, id: u32) -> Result<Order, ShopError> {
        let order = self.change(id, Action::Pack)?;
        self.tell(&order, Kind::ReadyForPickup);
        Ok(order)
    }

    pub fn collect(&self, id: u32) -> Result<Order, ShopError> {
        self.change(id, Action::Collect)
    }

    // ANCHOR: cancel
    /// Refunds the card, puts the items back on the shelf, and tells the
    /// customer.
    pub fn cancel(&self, id: u32) -> Result<Order, ShopError> {
        let order = self.order(id)?;
        let next = allowed(&order, Action::Cancel)?;
        self.card.refund(order.id, order.total);
        for line in &order.lines {
            let on_shelf = self.on_shelf(&line.sku);
            self.store.set_on_shelf(&line.sku, on_shelf + line.quantity);
        }
        self.store.set_status(id, next);
        let order = self.order(id)?;
        self.tell(&order, Kind::Canceled);
        Ok(order)
    }
    // ANCHOR_END: cancel

    pub fn order(&self, id: u32) -> Result<Order, ShopError> {
        self.store.order(id).ok_or(ShopError::NoSuchOrder(id))
    }

    fn change(&self, id: u32, action: Action) -> Result<Order, ShopError> {
        let order = self.order(id)?;
        let next = allowed(&order, action)?;
        self.store.set_status(id, next);
        self.order(id)
    }

    fn on_shelf(&self, sku: &str) -> u32 {
        self.store
            .product(sku)
            .map_or(0, |product| product.on_shelf)
    }

    fn tell(&self, order: &Order, kind: Kind) {
        self.outbox.send(Notification {
            to: order.customer.clone(),
            order: order.id,
            kind,
        });
    }
}

fn allowed(order: &Order, action: Action) -> Result<Status, ShopError> {
    order
        .status
        .after(action)
        .ok_or(ShopError::InvalidTransition {
            status: order.status,
            action,
        })
}
