//! The checkout endpoint: the top layer. It checks a request, hands it to
//! the order service, and turns the outcome into an HTTP-style answer (a
//! status code and a message for the customer). Chapter 7 puts a real HTTP
//! server in front; here a plain method call is enough.

use crate::contract::{PaymentError, StockError};
use crate::orders::{Confirmation, Line, OrderError, OrderService};

/// A checkout, as the shop's front end sends it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckoutRequest {
    /// The customer's email address.
    pub customer: String,
    pub card: String,
    pub lines: Vec<Line>,
}

/// The answer: an HTTP status code and a message for the customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub body: String,
}

impl Response {
    fn new(status: u16, body: impl Into<String>) -> Response {
        Response {
            status,
            body: body.into(),
        }
    }
}

pub struct CheckoutApi {
    orders: OrderService,
}

impl CheckoutApi {
    pub fn new(orders: OrderService) -> CheckoutApi {
        CheckoutApi { orders }
    }

    /// POST /checkout: 201 with the order number when the order is placed;
    /// 400 for a request that makes no sense, 404 for an unknown product,
    /// 409 when there is not enough stock, 402 for a declined card, 503 when
    /// the card provider is down, 500 when the order cannot be recorded.
    pub fn checkout(&self, request: &CheckoutRequest) -> Response {
        if let Some(problem) = problem_with(request) {
            return Response::new(400, problem);
        }
        match self
            .orders
            .place_order(&request.customer, &request.card, &request.lines)
        {
            Ok(receipt) => {
                let email = match receipt.confirmation {
                    Confirmation::Queued => "a confirmation email is on its way",
                    Confirmation::NotQueued(_) => "your confirmation email will follow later",
                };
                Response::new(
                    201,
                    format!(
                        "order {} placed: {} charged; {email}",
                        receipt.order, receipt.total
                    ),
                )
            }
            Err(error) => answer_to(&error),
        }
    }
}

/// What is wrong with a request on its face, before anything is looked up.
fn problem_with(request: &CheckoutRequest) -> Option<String> {
    if request.lines.is_empty() {
        return Some("the cart is empty".to_string());
    }
    if let Some(line) = request.lines.iter().find(|line| line.quantity == 0) {
        return Some(format!("{} has a quantity of 0", line.sku));
    }
    if !request.customer.contains('@') {
        return Some(format!("{:?} is not an email address", request.customer));
    }
    None
}

fn answer_to(error: &OrderError) -> Response {
    match error {
        OrderError::Stock(StockError::UnknownProduct(sku)) => {
            Response::new(404, format!("there is no product {sku}"))
        }
        OrderError::Stock(StockError::OutOfStock {
            sku,
            wanted,
            available,
        }) => Response::new(
            409,
            format!("only {available} of {sku} left, and the order wants {wanted}"),
        ),
        OrderError::Payment(PaymentError::Declined) => {
            Response::new(402, "the card was declined; nothing was charged")
        }
        OrderError::Payment(PaymentError::Unavailable) => Response::new(
            503,
            "the card provider cannot be reached; nothing was charged, please try again",
        ),
        OrderError::Stock(StockError::Storage(_)) | OrderError::Storage(_) => {
            Response::new(500, "the order could not be placed; no money was taken")
        }
    }
}
