//! What must hold after every step of every run: the properties the
//! state-machine test (machine.rs) checks. **You write them (steps 3 to
//! 5).** Each one panics, with a message that says what broke, when it
//! doesn't hold.

use crate::generators::Step;
use crate::harness::{Answer, Observed};
use crate::model::Model;

/// What holds of any shop, whatever happened before, with no model to
/// ask: about what is for sale, what a coupon takes off a cart, and what
/// each order brought in and gave back.
pub fn what_always_holds(observed: &Observed) {
    todo!(
        "kata 16, step 3: write what_always_holds in tests/it/properties.rs ({} products, \
         {} carts, {} orders to look at)",
        observed.products.len(),
        observed.carts.len(),
        observed.orders.len()
    )
}

/// The shop, read back, is the shop the model describes.
pub fn the_shop_is_as_the_model_says(observed: &Observed, model: &Model) {
    todo!(
        "kata 16, step 4: write the_shop_is_as_the_model_says in tests/it/properties.rs \
         (the shop has {} carts and {} orders, the model {} and {})",
        observed.carts.len(),
        observed.orders.len(),
        model.carts.len(),
        model.orders.len()
    )
}

/// The shop accepts and refuses the same steps as the model, for the same
/// reasons.
pub fn the_answer_is_the_models(step: &Step, answer: Answer, expected: Answer) {
    todo!(
        "kata 16, step 5: write the_answer_is_the_models in tests/it/properties.rs (the shop \
         answered {answer:?} to {step:?}, the model says {expected:?})"
    )
}
