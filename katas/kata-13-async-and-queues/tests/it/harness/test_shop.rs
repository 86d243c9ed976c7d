//! Given: a shop for one test, with its worker running and a recorder on its
//! bus from the start.

use kata_13::dead_letters::DeadLetters;
use kata_13::events::OrderId;
use kata_13::mail::MailServer;
use kata_13::shop::{self, Shop, ShopParts};
use kata_13::stock::Stock;
use kata_13::worker::Worker;

use super::Recorder;

/// Who places every order in the tests.
pub const CUSTOMER: &str = "ada@shop.test";
pub const KEYBOARD: &str = "KEYBOARD";
pub const MUG: &str = "MUG";
/// How many keyboards, and how many mugs, a new shop has.
pub const ON_SHELF: u32 = 10;

/// One test's shop. Everything in it is the real thing, on the test's own
/// tokio runtime: nothing is shared with another test.
pub struct TestShop {
    pub shop: Shop,
    /// Every event published on the shop's bus since the shop started.
    pub events: Recorder,
    pub stock: Stock,
    /// The shop's mail server: tell it to refuse or stall messages, and see
    /// what it delivered.
    pub mail: MailServer,
    pub dead_letters: DeadLetters,
    // For `shutdown.rs`:
    #[allow(
        dead_code,
        reason = "your TestShop::try_shut_down (step 3) uses it; until then, nothing does"
    )]
    pub(super) worker: Worker,
    /// The orders this shop was paid for, in order.
    pub(super) paid: Vec<OrderId>,
}

impl TestShop {
    /// Opens a shop with [`ON_SHELF`] keyboards and mugs and starts its
    /// worker. Call it from a `#[tokio::test]`: the worker is a task of the
    /// test's runtime.
    pub fn start() -> TestShop {
        let parts = ShopParts::default();
        parts.stock.add(KEYBOARD, ON_SHELF);
        parts.stock.add(MUG, ON_SHELF);
        // Started before the shop opens, so that nothing the shop publishes
        // can be missed.
        let events = Recorder::start(&parts.bus);
        let (shop, worker) = shop::open(&parts);
        TestShop {
            shop,
            events,
            stock: parts.stock,
            mail: parts.mail,
            dead_letters: parts.dead_letters,
            worker,
            paid: Vec::new(),
        }
    }

    /// Places an order from [`CUSTOMER`], and panics if the shop refuses it.
    pub fn place(&self, sku: &str, quantity: u32) -> OrderId {
        self.shop
            .place_order(CUSTOMER, sku, quantity)
            .unwrap_or_else(|error| {
                panic!("the shop refused an order of {quantity} {sku}: {error:?}")
            })
    }

    /// Pays for an order, and panics if the shop refuses the payment. The
    /// worker does the rest later, in the background.
    pub async fn pay(&mut self, order: OrderId) {
        self.shop
            .pay(order)
            .await
            .unwrap_or_else(|error| panic!("the shop refused the payment: {error}"));
        self.paid.push(order);
    }
}
