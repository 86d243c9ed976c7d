//! The smoke suite: a few fast checks that the shop is up and that its
//! front door works, which could run right after a deploy. Each check
//! starts with `Target::find()` (see `smoke_target.rs`), and only reads.

use kata_15::api::Health;
use kata_15::catalog::Product;
use reqwest::StatusCode;

use crate::smoke_target::Target;

/// What every deployment of the shop sells, in the words a customer types.
const A_BESTSELLER: &str = "mug";

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

/// The products a search for `text` finds on `target`, after checking the
/// answer is a 200.
async fn search(target: &Target, text: &str) -> Vec<Product> {
    let path = format!("/products?q={text}");
    let response = target.get(&path).await;
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "GET {}",
        target.url(&path)
    );
    response.json().await.expect("a list of products, as JSON")
}

#[tokio::test]
async fn a_customer_can_find_a_mug() {
    let target = Target::find().await;

    let found = search(&target, A_BESTSELLER).await;

    assert!(
        !found.is_empty(),
        "a search for {A_BESTSELLER:?} finds nothing"
    );
    for product in &found {
        assert!(
            product.name.to_lowercase().contains(A_BESTSELLER),
            "a search for {A_BESTSELLER:?} finds {product:?}"
        );
    }
}

#[tokio::test]
async fn a_product_found_has_a_page() {
    let target = Target::find().await;
    let found = search(&target, A_BESTSELLER).await;
    let first = found.first().expect("the search finds a product");

    let response = target.get(&format!("/products/{}", first.sku)).await;

    assert_eq!(response.status(), StatusCode::OK);
    let page: Product = response.json().await.expect("a product, as JSON");
    // Not the stock: on a shop that is selling, it can change in between.
    assert_eq!(
        (&page.sku, &page.name, page.price),
        (&first.sku, &first.name, first.price)
    );
}
