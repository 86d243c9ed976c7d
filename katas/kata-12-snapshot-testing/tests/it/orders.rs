//! The order API's answers, kept as golden copies: **the file you write.**
//!
//! An order's JSON (`src/views.rs`) is the shop's contract with every client:
//! the web shop, the mobile app, the accounts department's scripts. A golden
//! copy of it makes any change to that contract (a field renamed, a line
//! lost, a value of another shape) fail a test until someone has looked at
//! it. Two things in it are new on every run, the order's public id and the
//! time it was placed; `src/ids.rs` and `src/clock.rs` say what each must
//! look like.
//!
//! Replace each `todo!` with a test. The helpers in `helpers.rs` call the
//! shop; `examples.rs` shows the techniques on a shipment and a packing slip.

/// Step 1: placing an order. `POST /orders` answers 201 with the order it
/// placed, as JSON, and says in its `Location` header where to read it again.
#[tokio::test]
async fn placing_an_order_answers_with_the_order() {
    todo!(
        "kata 12, step 1: place an order and keep a golden copy of the answer (see the comment above)"
    )
}

/// Step 2: reading an order back. A `GET` of that `Location` answers with the
/// same order, as the shop stored it: every line, in the order the customer
/// gave them. Keep this golden copy inline, here in the test.
#[tokio::test]
async fn an_order_reads_back_as_it_was_placed() {
    todo!(
        "kata 12, step 2: read an order back and keep an inline golden copy (see the comment above)"
    )
}
