//! The stubs: **the file you write**, one stub per `todo!`.
//!
//! A stub stands in for a layer that is not wired in yet, and gives the layer
//! above it the answers a test needs. Each stub here implements the trait
//! that the layer above calls through, so the real code can't tell it apart
//! from the real thing:
//!
//! - phase 1: `StubOrderService`, under the real controller, where the
//!   checkout will be (trait `OrderService`, in `src/controller.rs`);
//! - phase 2: `StubInventory` and `StubPayment`, under the real checkout,
//!   where the stock room and the card provider will be (traits `Inventory`
//!   and `PaymentGateway`, in `src/checkout.rs`).
//!
//! Write each stub from what the layer above expects of it: read the trait
//! and the code that calls it. Keep stubs small: a field or two, no logic the
//! tests do not need. Add the fields you want inside the `{ }` of each struct.

use kata_03::checkout::{Inventory, OutOfStock, PaymentError, PaymentGateway};
use kata_03::controller::{NewOrder, OrderError, OrderService, Receipt};
use kata_03::money::Cents;

/// Phase 1: the order service, as the controller sees it. It gives every
/// order the same answer, chosen when the stub is made, and it remembers the
/// orders it was given, so that a test can check what the controller passed
/// down.
pub struct StubOrderService {}

impl StubOrderService {
    /// A service that places every order, answering with `receipt`.
    pub fn placing(receipt: Receipt) -> StubOrderService {
        todo!(
            "kata 03, phase 1: in tests/it/stubs.rs, make StubOrderService::placing keep \
             {receipt:?} to answer every order with"
        )
    }

    /// A service that refuses every order with `error`.
    pub fn refusing(error: OrderError) -> StubOrderService {
        todo!(
            "kata 03, phase 1: in tests/it/stubs.rs, make StubOrderService::refusing keep \
             {error:?} to answer every order with"
        )
    }

    /// The orders it was given, oldest first.
    pub fn received(&self) -> &[NewOrder] {
        todo!(
            "kata 03, phase 1: in tests/it/stubs.rs, make StubOrderService::received return \
             the orders that place_order was given"
        )
    }
}

impl OrderService for StubOrderService {
    fn place_order(&mut self, order: &NewOrder) -> Result<Receipt, OrderError> {
        todo!(
            "kata 03, phase 1: in tests/it/stubs.rs, make StubOrderService::place_order \
             remember {order:?} and give its canned answer"
        )
    }
}

/// Phase 2: the inventory, as the checkout sees it. A shelf holding a fixed
/// stock of each product: `reserve` takes items off it and `release` puts
/// them back. It must answer `reserve` the way the checkout expects an
/// inventory to: read `Checkout::reserve_all` in `src/checkout.rs`.
pub struct StubInventory {}

impl StubInventory {
    /// A shelf holding `stock`, as (sku, quantity) pairs.
    pub fn with_stock(stock: &[(&str, u32)]) -> StubInventory {
        todo!(
            "kata 03, phase 2: in tests/it/stubs.rs, make StubInventory::with_stock put \
             {stock:?} on the stub's shelf"
        )
    }

    /// How many of `sku` are on the shelf (0 for a product it never had).
    pub fn available(&self, sku: &str) -> u32 {
        todo!(
            "kata 03, phase 2: in tests/it/stubs.rs, make StubInventory::available say how \
             many {sku} are on the stub's shelf"
        )
    }
}

impl Inventory for StubInventory {
    fn reserve(&mut self, sku: &str, quantity: u32) -> Result<u32, OutOfStock> {
        todo!(
            "kata 03, phase 2: in tests/it/stubs.rs, make StubInventory::reserve set aside \
             {quantity} {sku}, answering the way Checkout::reserve_all (src/checkout.rs) expects"
        )
    }

    fn release(&mut self, sku: &str, quantity: u32) {
        todo!(
            "kata 03, phase 2: in tests/it/stubs.rs, make StubInventory::release put \
             {quantity} {sku} back on the stub's shelf"
        )
    }
}

/// Phase 2: the card provider, as the checkout sees it. It approves every
/// charge or declines every charge, whatever the card, and it remembers the
/// amounts it approved, so that a test can check what was charged.
pub struct StubPayment {}

impl StubPayment {
    /// A provider that approves every charge.
    pub fn approving() -> StubPayment {
        todo!("kata 03, phase 2: in tests/it/stubs.rs, write StubPayment::approving")
    }

    /// A provider that declines every charge.
    pub fn declining() -> StubPayment {
        todo!("kata 03, phase 2: in tests/it/stubs.rs, write StubPayment::declining")
    }

    /// The amounts it approved, oldest first.
    pub fn charged(&self) -> &[Cents] {
        todo!(
            "kata 03, phase 2: in tests/it/stubs.rs, make StubPayment::charged return the \
             amounts it approved"
        )
    }
}

impl PaymentGateway for StubPayment {
    fn charge(&mut self, card: &str, amount: Cents) -> Result<String, PaymentError> {
        todo!(
            "kata 03, phase 2: in tests/it/stubs.rs, make StubPayment::charge approve or \
             decline {amount} on card {card}, and remember what it approved"
        )
    }
}
