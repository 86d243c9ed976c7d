//! The smoke suite: a few fast checks that the shop is up and that its
//! front door works, which could run right after a deploy. Each check
//! starts with `Target::find()` (see `smoke_target.rs`), and only reads.
//! The first check is given; you write the other two.

use kata_15::api::Health;
use reqwest::StatusCode;

use crate::smoke_target::Target;

// ANCHOR: health
/// After a deploy, the operator asks the shop whether it is up: it says
/// so, which means its database answered too.
#[tokio::test]
async fn the_shop_is_up() {
    let target = Target::find().await;

    let response = target.get("/health").await;

    assert_eq!(
        response.status(),
        StatusCode::OK,
        "GET {}",
        target.url("/health")
    );
    let health: Health = response.json().await.expect("a health report, as JSON");
    assert_eq!(health.status, "ok");
}
// ANCHOR_END: health

/// After a deploy, a customer searches for "mug": she finds mugs, and
/// nothing but mugs.
#[tokio::test]
async fn a_customer_can_find_a_mug() {
    let target = Target::find().await;
    todo!(
        "kata 15, step 2: check that a customer of {} can find a mug (see the comment above)",
        target.url("")
    )
}

/// After a deploy, the customer opens the page of a product her search
/// found: it is there, with the same name and price.
#[tokio::test]
async fn a_product_found_has_a_page() {
    let target = Target::find().await;
    todo!(
        "kata 15, step 3: check that a product found at {} has a page (see the comment above)",
        target.url("")
    )
}
