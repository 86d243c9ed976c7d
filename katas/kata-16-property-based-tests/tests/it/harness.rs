//! How every property of the kata runs (`config`, `check` and
//! `check_state_machine`), and the shop under test: driven one step at a
//! time, and read back whole after each. Given.

use std::fmt::{self, Debug};
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;

use kata_16::carts::Cart;
use kata_16::catalog::Product;
use kata_16::db::Database;
use kata_16::money::Cents;
use kata_16::orders::Order;
use kata_16::payments::{Charge, Refund, Sandbox};
use kata_16::shop::{Shop, ShopError};
use proptest::collection::SizeRange;
use proptest::strategy::Strategy;
use proptest::test_runner::{
    Config, RngAlgorithm, RngSeed, TestCaseError, TestRunner, noop_result_cache,
};
use proptest_state_machine::{ReferenceStateMachine, StateMachineTest};

use crate::fixtures::CATALOG;
use crate::generators::Step;

// ANCHOR: config
/// How every property of the kata runs: the same cases, in the same order,
/// on every run and every machine, and never a file written. Every setting
/// is written out, because `Config::default()` reads the `PROPTEST_*`
/// environment variables; and the properties run with this config through
/// `check` below, not through proptest's macros, which read them again.
pub fn config() -> Config {
    Config {
        // Enough sequences to find every bug the kata hides, few enough to
        // run in a fraction of a second.
        cases: 48,
        // A fixed seed, and a generator that gives the same numbers for it
        // on every platform: the same sequences on every run.
        rng_algorithm: RngAlgorithm::ChaCha,
        rng_seed: RngSeed::Fixed(16),
        // A failure is not saved to a regressions file: `cargo kata check`
        // runs these tests against broken shops, and must leave your
        // folder as it found it. (A real project keeps that file: see the
        // chapter.)
        failure_persistence: None,
        // Shrinking stops after so many tries, so that a failure is
        // reported in well under a second.
        max_shrink_iters: 1024,
        max_shrink_time: 0,
        // The rest as proptest's defaults, pinned against the environment.
        max_local_rejects: 65_536,
        max_global_rejects: 1024,
        max_flat_map_regens: 1_000_000,
        max_default_size_range: 100,
        result_cache: noop_result_cache,
        fork: false,
        timeout: 0,
        verbose: 0,
        ..Config::default()
    }
}
// ANCHOR_END: config

// ANCHOR: check
/// Runs `property` on inputs drawn from `inputs`, with `config()` and
/// nothing else, and fails the test with proptest's report (what broke, and
/// the input that breaks it, shrunk as far as it goes) when one breaks it.
///
/// This is the runner that `proptest!` makes for a test, without one step:
/// the macro applies every `PROPTEST_*` environment variable on top of the
/// config it is given (its seed, its number of cases, ...), and the kata's
/// answer must not depend on what a shell exports. (The report differs in
/// one detail: the macro names the input after the function's argument.)
#[track_caller]
pub fn check<S>(inputs: S, property: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S: Strategy,
    S::Value: Debug,
{
    let mut runner = TestRunner::new(config());
    if let Err(failure) = runner.run(&inputs, property) {
        panic!("{failure}\n{runner}");
    }
}

/// Runs the state-machine test `T` as `check` runs a property: on sequences
/// of steps drawn from its model, `T::Reference`, each as long as `steps`
/// allows and on a system of its own. It is what `prop_state_machine!`
/// makes of `fn name(sequential steps => T)`, with `config()` and nothing
/// else.
#[track_caller]
pub fn check_state_machine<T: StateMachineTest>(steps: impl Into<SizeRange>) {
    let sequences = T::Reference::sequential_strategy(steps).prop_map(
        |(initial_state, transitions, seen_counter)| Sequence {
            initial_state,
            transitions,
            seen_counter,
        },
    );
    check(sequences, |sequence| {
        T::test_sequential(
            config(),
            sequence.initial_state,
            sequence.transitions,
            sequence.seen_counter,
        );
        Ok(())
    });
}
// ANCHOR_END: check

/// One case of a state-machine test: the model's first state, the steps,
/// and a counter that proptest-state-machine uses while it shrinks.
struct Sequence<State, Transition> {
    initial_state: State,
    transitions: Vec<Transition>,
    seen_counter: Option<Arc<AtomicUsize>>,
}

/// A failing case reads as `prop_state_machine!` writes it, its three parts
/// named, so that a report reads the same as in a project that uses the
/// macro.
impl<State: Debug, Transition: Debug> Debug for Sequence<State, Transition> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "(initial_state, transitions, seen_counter) = ")?;
        (&self.initial_state, &self.transitions, &self.seen_counter).fmt(f)
    }
}

/// What the shop answered a step, in the words a model can predict: done,
/// or refused, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Done,
    Refused(Refusal),
}

/// Why the shop refused a step (see `ShopError` in src/shop.rs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No such product, cart or order.
    NotFound,
    /// A quantity of 0.
    InvalidQuantity,
    UnknownCoupon,
    EmptyCart,
    /// The cart was checked out.
    CartClosed,
    OutOfStock,
    /// The order's status does not allow it.
    NotAllowed,
    /// The card was declined.
    Declined,
    /// More items given back than the order holds.
    NotInOrder,
    /// Giving these back would leave the order empty.
    LastItems,
    /// The database failed: no model ever expects this.
    Failed,
}

impl Answer {
    fn of<T>(result: &Result<T, ShopError>) -> Answer {
        let refusal = match result {
            Ok(_) => return Answer::Done,
            Err(ShopError::ProductNotFound(_))
            | Err(ShopError::CartNotFound(_))
            | Err(ShopError::OrderNotFound(_)) => Refusal::NotFound,
            Err(ShopError::InvalidQuantity) => Refusal::InvalidQuantity,
            Err(ShopError::UnknownCoupon(_)) => Refusal::UnknownCoupon,
            Err(ShopError::EmptyCart(_)) => Refusal::EmptyCart,
            Err(ShopError::CartClosed { .. }) => Refusal::CartClosed,
            Err(ShopError::OutOfStock(_)) => Refusal::OutOfStock,
            Err(ShopError::Refused { .. }) => Refusal::NotAllowed,
            Err(ShopError::PaymentDeclined) => Refusal::Declined,
            Err(ShopError::NotInOrder { .. }) => Refusal::NotInOrder,
            Err(ShopError::LastItems) => Refusal::LastItems,
            Err(ShopError::Database(_)) => Refusal::Failed,
        };
        Answer::Refused(refusal)
    }
}

/// A shop of its own for one run: a fresh database in memory, stocked with
/// `fixtures::CATALOG`, and a sandbox whose ledger the test reads.
pub struct ShopUnderTest {
    shop: Shop,
    sandbox: Sandbox,
    /// The shop's id of each cart opened, in the order opened: the model's
    /// cart 0 is the shop's `carts[0]`.
    carts: Vec<i64>,
    /// Likewise for each order placed.
    orders: Vec<i64>,
}

impl ShopUnderTest {
    pub fn new() -> ShopUnderTest {
        let database = Database::open_in_memory().expect("a fresh in-memory database opens");
        let sandbox = Sandbox::new();
        let shop = Shop::new(database, sandbox.clone());
        for product in &CATALOG {
            shop.add_product(product)
                .expect("the fixture catalog goes in");
        }
        ShopUnderTest {
            shop,
            sandbox,
            carts: Vec::new(),
            orders: Vec::new(),
        }
    }

    /// The shop itself, to call as you like.
    #[allow(dead_code, reason = "for your properties")]
    pub fn shop(&self) -> &Shop {
        &self.shop
    }

    /// Takes the step on the shop, through its API, and returns its answer.
    pub fn run(&mut self, step: &Step) -> Answer {
        match *step {
            Step::OpenCart => {
                let opened = self.shop.open_cart();
                if let Ok(cart) = &opened {
                    self.carts.push(cart.id);
                }
                Answer::of(&opened)
            }
            Step::Add {
                cart,
                sku,
                quantity,
            } => Answer::of(&self.shop.add_to_cart(self.cart(cart), sku, quantity)),
            Step::Remove { cart, sku } => {
                Answer::of(&self.shop.remove_from_cart(self.cart(cart), sku))
            }
            Step::ApplyCoupon { cart, code } => {
                Answer::of(&self.shop.apply_coupon(self.cart(cart), code))
            }
            Step::Checkout { cart } => {
                let placed = self.shop.checkout(self.cart(cart));
                if let Ok(order) = &placed {
                    self.orders.push(order.id);
                }
                Answer::of(&placed)
            }
            Step::Pay { order, card } => {
                Answer::of(&self.shop.pay(self.order(order), card.number()))
            }
            Step::RefundItems {
                order,
                sku,
                quantity,
            } => Answer::of(&self.shop.refund_items(self.order(order), sku, quantity)),
            Step::Ship { order } => Answer::of(&self.shop.ship(self.order(order))),
            Step::Cancel { order } => Answer::of(&self.shop.cancel(self.order(order))),
            Step::Restock { sku, quantity } => Answer::of(&self.shop.restock(sku, quantity)),
        }
    }

    /// Everything the shop shows, read back through its API, and the
    /// sandbox's ledger.
    pub fn observe(&self) -> Observed {
        Observed {
            products: CATALOG
                .iter()
                .map(|product| read(self.shop.product(product.sku), "a product"))
                .collect(),
            carts: self
                .carts
                .iter()
                .map(|&id| read(self.shop.cart(id), "a cart"))
                .collect(),
            orders: self
                .orders
                .iter()
                .map(|&id| read(self.shop.order(id), "an order"))
                .collect(),
            charges: self.sandbox.charges(),
            refunds: self.sandbox.refunds(),
        }
    }

    /// The shop's id of the model's cart `index`; an id no cart has when the
    /// shop has fewer carts than the model (the properties then see why).
    fn cart(&self, index: usize) -> i64 {
        self.carts.get(index).copied().unwrap_or(i64::MAX)
    }

    fn order(&self, index: usize) -> i64 {
        self.orders.get(index).copied().unwrap_or(i64::MAX)
    }
}

/// What the shop shows of something it has: a failure to read it is a
/// failure of the test's own, whatever the model says.
fn read<T>(shown: Result<T, ShopError>, what: &str) -> T {
    shown.unwrap_or_else(|error| panic!("{what} the shop has can't be read: {error:?}"))
}

/// The shop after a step, as its API shows it, and what the card provider
/// saw.
#[derive(Debug)]
pub struct Observed {
    /// The catalog's products, in `fixtures::CATALOG`'s order.
    pub products: Vec<Product>,
    /// Every cart opened in this run, in the order opened.
    pub carts: Vec<Cart>,
    /// Every order placed in this run, in the order placed.
    pub orders: Vec<Order>,
    /// Every charge the sandbox approved, oldest first.
    #[allow(dead_code, reason = "for your properties")]
    pub charges: Vec<Charge>,
    /// Every refund the sandbox made, oldest first.
    #[allow(dead_code, reason = "for your properties")]
    pub refunds: Vec<Refund>,
}

#[allow(dead_code, reason = "for your properties")]
impl Observed {
    /// What the card provider took for `order`, in all. (Added up in plain
    /// cents: the test does its own sums.)
    pub fn charged_for(&self, order: &Order) -> Cents {
        Cents(
            self.charges
                .iter()
                .filter(|charge| charge.reference == order.id)
                .map(|charge| charge.amount.0)
                .sum(),
        )
    }

    /// What the card provider gave back for `order`, in all.
    pub fn refunded_for(&self, order: &Order) -> Cents {
        Cents(
            self.charges
                .iter()
                .filter(|charge| charge.reference == order.id)
                .flat_map(|charge| {
                    self.refunds
                        .iter()
                        .filter(move |refund| refund.charge == charge.id)
                })
                .map(|refund| refund.amount.0)
                .sum(),
        )
    }
}
