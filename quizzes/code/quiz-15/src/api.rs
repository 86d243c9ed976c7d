//! The shop's routes, without the sockets: each method is one request, and
//! answers what a client would read, a status and a JSON body.

use serde_json::{Value, json};

use crate::order::{Order, Status};
use crate::shop::{Shop, ShopError};

#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub status: u16,
    pub body: Value,
}

pub struct Api {
    shop: Shop,
}

impl Api {
    pub fn new(shop: Shop) -> Api {
        Api { shop }
    }

    /// `POST /orders`
    pub fn place_order(&self, customer: &str, lines: &[(&str, u32)]) -> Response {
        answer(201, self.shop.place(customer, lines))
    }

    /// `GET /orders/{id}`
    pub fn get_order(&self, id: u32) -> Response {
        answer(200, self.shop.order(id))
    }

    /// `POST /orders/{id}/pack`
    pub fn pack(&self, id: u32) -> Response {
        answer(200, self.shop.pack(id))
    }

    /// `POST /orders/{id}/collect`
    pub fn collect(&self, id: u32) -> Response {
        answer(200, self.shop.collect(id))
    }

    /// `POST /orders/{id}/cancel`
    pub fn cancel(&self, id: u32) -> Response {
        answer(200, self.shop.cancel(id))
    }

    /// `GET /products/{sku}`
    pub fn get_product(&self, sku: &str) -> Response {
        match self.shop.store().product(sku) {
            Some(product) => Response {
                status: 200,
                body: json!({
                    "sku": product.sku,
                    "name": product.name,
                    "price_cents": product.price.0,
                    "on_shelf": product.on_shelf,
                }),
            },
            None => refusal(404, "no_such_product"),
        }
    }
}

fn answer(status: u16, result: Result<Order, ShopError>) -> Response {
    match result {
        Ok(order) => Response {
            status,
            body: order_json(&order),
        },
        Err(ShopError::NoSuchOrder(_) | ShopError::NoSuchProduct(_)) => refusal(404, "not_found"),
        Err(ShopError::NotEnoughOnTheShelf(_)) => refusal(409, "not_enough_on_the_shelf"),
        Err(ShopError::InvalidTransition { .. }) => refusal(409, "invalid_transition"),
    }
}

fn order_json(order: &Order) -> Value {
    let lines: Vec<Value> = order
        .lines
        .iter()
        .map(|line| json!({ "sku": line.sku, "quantity": line.quantity, "price_cents": line.price.0 }))
        .collect();
    json!({
        "id": order.id,
        "customer": order.customer,
        "status": status_name(order.status),
        "total_cents": order.total.0,
        "lines": lines,
    })
}

// ANCHOR: status_name
fn status_name(status: Status) -> &'static str {
    match status {
        Status::Placed => "placed",
        Status::Ready => "ready",
        Status::Collected => "collected",
        Status::Canceled => "canceled",
    }
}
// ANCHOR_END: status_name

fn refusal(status: u16, error: &str) -> Response {
    Response {
        status,
        body: json!({ "error": error }),
    }
}
