//! The state-machine test: proptest draws sequences of steps from the
//! model, takes each step on the model and on a real shop, and checks your
//! properties after every one; when a sequence fails, it shrinks it to the
//! shortest it can find that still fails. Given.

use proptest::prelude::*;
use proptest_state_machine::{ReferenceStateMachine, StateMachineTest};

use crate::generators::{self, Step};
use crate::harness::{Answer, ShopUnderTest, check_state_machine};
use crate::model::Model;
use crate::properties;

/// The model, and what it expects the shop to answer to the step just taken.
#[derive(Debug, Clone)]
pub struct Reference {
    pub model: Model,
    pub expected: Answer,
}

/// The model's side of the test: where sequences come from.
pub struct ShopModel;

impl ReferenceStateMachine for ShopModel {
    type State = Reference;
    type Transition = Step;

    fn init_state() -> BoxedStrategy<Reference> {
        Just(Reference {
            model: Model::new(),
            expected: Answer::Done,
        })
        .boxed()
    }

    fn transitions(state: &Reference) -> BoxedStrategy<Step> {
        generators::step(&state.model)
    }

    fn apply(mut state: Reference, step: &Step) -> Reference {
        state.expected = state.model.apply(step);
        state
    }

    /// A step may name only carts and orders that exist. Shrinking drops
    /// steps from a failing sequence, and this keeps it from dropping the
    /// one that opened a cart while keeping the ones that use it.
    fn preconditions(state: &Reference, step: &Step) -> bool {
        match *step {
            Step::Add { cart, .. }
            | Step::Remove { cart, .. }
            | Step::ApplyCoupon { cart, .. }
            | Step::Checkout { cart } => cart < state.model.carts.len(),
            Step::Pay { order, .. }
            | Step::RefundItems { order, .. }
            | Step::Ship { order }
            | Step::Cancel { order } => order < state.model.orders.len(),
            Step::OpenCart | Step::Restock { .. } => true,
        }
    }
}

// ANCHOR: machine
impl StateMachineTest for ShopUnderTest {
    type SystemUnderTest = ShopUnderTest;
    type Reference = ShopModel;

    fn init_test(_: &Reference) -> ShopUnderTest {
        ShopUnderTest::new()
    }

    /// `reference` is the model after the step.
    fn apply(mut shop: ShopUnderTest, reference: &Reference, step: Step) -> ShopUnderTest {
        let answer = shop.run(&step);
        properties::the_answer_is_the_models(&step, answer, reference.expected);
        shop
    }

    /// Before the first step, and after every step.
    fn check_invariants(shop: &ShopUnderTest, reference: &Reference) {
        let observed = shop.observe();
        properties::what_always_holds(&observed);
        properties::the_shop_is_as_the_model_says(&observed, &reference.model);
    }
}

/// Sequences of 1 to 49 steps, on a shop of their own each.
#[test]
fn the_shop_behaves_like_its_model() {
    check_state_machine::<ShopUnderTest>(1..50);
}
// ANCHOR_END: machine
