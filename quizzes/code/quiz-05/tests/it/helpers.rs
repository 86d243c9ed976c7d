//! The fixtures of the three directions.

use quiz_05::Cents;
use quiz_05::api::ReturnsApi;
use quiz_05::parts::{CardSandbox, LabelPrinter, OrderBook};
use quiz_05::service::ReturnsService;

use crate::stubs::{StubLabels, StubOrders, StubRefunds};

/// Order 7 bought two mugs at 12.50 and a lamp at 30.00.
pub const ORDER: u32 = 7;
pub const MUG_PRICE: Cents = Cents(1250);

/// From above: the real top and service, over the stubs given.
pub fn from_above(
    orders: StubOrders,
    refunds: StubRefunds,
) -> ReturnsApi<StubOrders, StubRefunds, StubLabels> {
    ReturnsApi::new(ReturnsService::new(orders, refunds, StubLabels::default()))
}

/// The real parts, on one order book, for the driver to call directly or for
/// the real service to sit on.
pub struct RealParts {
    pub book: OrderBook,
    pub card: CardSandbox,
    pub printer: LabelPrinter,
}

pub fn real_parts() -> RealParts {
    let book = OrderBook::with_order(ORDER, &[("MUG", 2, MUG_PRICE), ("LAMP", 1, Cents(3000))]);
    let printer = LabelPrinter::new(book.clone());
    RealParts {
        book,
        card: CardSandbox::default(),
        printer,
    }
}

impl RealParts {
    /// All real: the top and the service over these parts.
    pub fn api(&self) -> ReturnsApi<OrderBook, CardSandbox, LabelPrinter> {
        ReturnsApi::new(ReturnsService::new(
            self.book.clone(),
            self.card.clone(),
            self.printer.clone(),
        ))
    }
}
