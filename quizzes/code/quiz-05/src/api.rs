//! The top: what a `POST /returns` handler would do, without HTTP.

use crate::contract::{Labels, Orders, Refunds, ReturnError};
use crate::service::ReturnsService;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub body: String,
}

pub struct ReturnsApi<O, R, L> {
    service: ReturnsService<O, R, L>,
}

impl<O: Orders, R: Refunds, L: Labels> ReturnsApi<O, R, L> {
    pub fn new(service: ReturnsService<O, R, L>) -> ReturnsApi<O, R, L> {
        ReturnsApi { service }
    }

    pub fn service(&self) -> &ReturnsService<O, R, L> {
        &self.service
    }

    pub fn post(&self, order_id: u32, sku: &str, quantity: u32) -> Response {
        if quantity == 0 {
            return respond(400, "a return needs at least one item".to_string());
        }
        match self.service.accept(order_id, sku, quantity) {
            Ok(accepted) => respond(201, format!("refunded {} cents", accepted.refunded.0)),
            Err(ReturnError::UnknownOrder(id)) => respond(404, format!("no order {id}")),
            Err(ReturnError::UnknownProduct(sku)) => respond(404, format!("no {sku} in the order")),
            Err(ReturnError::MoreThanBought(sku)) => {
                respond(409, format!("more {sku} than bought"))
            }
            Err(ReturnError::RefundUnavailable) => respond(503, "try again later".to_string()),
        }
    }
}

fn respond(status: u16, body: String) -> Response {
    Response { status, body }
}
