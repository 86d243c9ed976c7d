//! Layer 1: what a `POST /orders` handler would do, without HTTP.

use crate::Cents;

/// An order as a client sends it: products and quantities, and a coupon
/// code as the customer typed it, if any.
#[derive(Debug, Clone)]
pub struct OrderRequest {
    pub items: Vec<(String, u32)>,
    pub coupon: Option<String>,
}

/// An order as the controller passes it down: checked, with the coupon code
/// cleaned up (no spaces around it, in capitals, as codes are printed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    pub items: Vec<(String, u32)>,
    pub coupon: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    pub order_id: u32,
    pub total: Cents,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrderError {
    UnknownProduct(String),
    UnknownCoupon(String),
}

/// What the controller needs from the layer below; the controller came
/// first, so it wrote this trait.
pub trait OrderService {
    fn place(&self, order: Order) -> Result<Receipt, OrderError>;
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub body: String,
}

pub struct OrderController<S> {
    service: S,
}

impl<S: OrderService> OrderController<S> {
    pub fn new(service: S) -> OrderController<S> {
        OrderController { service }
    }

    /// The layer below, for a test that wants to look inside it afterward.
    pub fn service(&self) -> &S {
        &self.service
    }

    // ANCHOR: post
    pub fn post(&self, request: OrderRequest) -> Response {
        if request.items.is_empty() {
            return respond(400, "an order needs at least one item".to_string());
        }
        let order = Order {
            items: request.items,
            coupon: request.coupon.map(|code| code.trim().to_uppercase()),
        };
        match self.service.place(order) {
            Ok(receipt) => respond(
                201,
                format!("order {}: {}", receipt.order_id, receipt.total),
            ),
            Err(OrderError::UnknownProduct(sku)) => respond(404, format!("no product {sku}")),
            Err(OrderError::UnknownCoupon(code)) => respond(422, format!("no coupon {code}")),
        }
    }
    // ANCHOR_END: post
}

fn respond(status: u16, body: String) -> Response {
    Response { status, body }
}
