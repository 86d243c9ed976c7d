//! The customer's receipt, kept as a golden copy: **the file you write.**
//!
//! The receipt (`src/receipt.rs`) is plain text: what the customer reads,
//! prints and keeps, and what they compare with their bank statement. It
//! names the order and the time it was placed.

/// Step 3: the receipt of an order that pays for shipping.
/// `GET /orders/{id}/receipt` answers 200 with the receipt as plain text:
/// every line of the order, what the goods come to, the shipping, and the
/// total the customer pays.
#[tokio::test]
async fn the_receipt_of_an_order() {
    todo!(
        "kata 12, step 3: fetch the receipt of an order and keep a golden copy of it (see the comment above)"
    )
}
