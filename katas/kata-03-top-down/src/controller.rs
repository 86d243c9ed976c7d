//! Layer 1, the top: the order controller. It does what a `POST /orders`
//! handler would do, without HTTP: it checks the request, hands a clean
//! order to the order service, and turns the outcome into a status code and
//! a body.
//!
//! It also defines [`OrderService`], the trait it calls the layer below
//! through. In top-down integration the layer above is built first, so it is
//! the one that says what it needs from below.

use std::fmt;

use crate::money::Cents;

/// The status codes the controller answers with, as HTTP would number them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Created,
    BadRequest,
    PaymentRequired,
    NotFound,
    Conflict,
}

impl Status {
    pub fn code(self) -> u16 {
        match self {
            Status::Created => 201,
            Status::BadRequest => 400,
            Status::PaymentRequired => 402,
            Status::NotFound => 404,
            Status::Conflict => 409,
        }
    }
}

/// Shows the code and its reason phrase: `409 Conflict`.
impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let reason = match self {
            Status::Created => "Created",
            Status::BadRequest => "Bad Request",
            Status::PaymentRequired => "Payment Required",
            Status::NotFound => "Not Found",
            Status::Conflict => "Conflict",
        };
        write!(f, "{} {reason}", self.code())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: Status,
    pub body: String,
}

impl Response {
    fn new(status: Status, body: impl Into<String>) -> Response {
        Response {
            status,
            body: body.into(),
        }
    }
}

/// One line of an order: how many of which product.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderLine {
    pub sku: String,
    pub quantity: u32,
}

/// An order as a customer's client sends it: nothing in it is checked yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderRequest {
    pub card: String,
    pub lines: Vec<OrderLine>,
}

// ANCHOR: order_service
/// An order the controller has checked: it has at least one line, every
/// quantity is at least 1, every sku is trimmed and in capitals, and there is
/// a card to charge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOrder {
    pub card: String,
    pub lines: Vec<OrderLine>,
}

/// What the customer gets back for a placed order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    pub order_id: u64,
    pub total: Cents,
    pub charge_id: String,
}

/// Why the order service would not place an order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrderError {
    UnknownProduct { sku: String },
    OutOfStock { sku: String, wanted: u32 },
    PaymentDeclined,
}

/// What the controller needs from the layer below it: a service that places
/// an order, or says why it would not. Nothing is taken or charged for an
/// order it refuses.
pub trait OrderService {
    fn place_order(&mut self, order: &NewOrder) -> Result<Receipt, OrderError>;
}
// ANCHOR_END: order_service

/// The top layer. Generic over the service below it, so that a test can put
/// a stub there first and the real service later.
pub struct OrderController<S> {
    service: S,
}

impl<S: OrderService> OrderController<S> {
    pub fn new(service: S) -> OrderController<S> {
        OrderController { service }
    }

    /// The service underneath, for a test to look at what happened below.
    pub fn service(&self) -> &S {
        &self.service
    }

    /// What `POST /orders` answers: 201 with the order's number and total, or
    /// the status that says why not.
    pub fn post_order(&mut self, request: &OrderRequest) -> Response {
        let order = match check(request) {
            Ok(order) => order,
            Err(reason) => return Response::new(Status::BadRequest, reason),
        };
        match self.service.place_order(&order) {
            Ok(receipt) => Response::new(
                Status::Created,
                format!(
                    "order {} placed: {} charged",
                    receipt.order_id, receipt.total
                ),
            ),
            Err(OrderError::UnknownProduct { sku }) => {
                Response::new(Status::NotFound, format!("no product {sku}"))
            }
            Err(OrderError::OutOfStock { sku, wanted }) => Response::new(
                Status::Conflict,
                format!("not enough {sku} in stock for {wanted}"),
            ),
            Err(OrderError::PaymentDeclined) => {
                Response::new(Status::PaymentRequired, "the card was declined")
            }
        }
    }
}

/// Turns what the client sent into an order the service can trust, or says
/// what is wrong with it.
fn check(request: &OrderRequest) -> Result<NewOrder, String> {
    let card = request.card.trim();
    if card.is_empty() {
        return Err("a card number is required".to_string());
    }
    if request.lines.is_empty() {
        return Err("an order needs at least one item".to_string());
    }
    let mut lines = Vec::with_capacity(request.lines.len());
    for line in &request.lines {
        let sku = line.sku.trim().to_uppercase();
        if line.quantity == 0 {
            return Err(format!("the quantity of {sku} must be at least 1"));
        }
        lines.push(OrderLine {
            sku,
            quantity: line.quantity,
        });
    }
    Ok(NewOrder {
        card: card.to_string(),
        lines,
    })
}
