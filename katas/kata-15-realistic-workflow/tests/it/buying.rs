//! Buying: the catalog, the cart, the coupon and the checkout, end to end.
//! One scenario per test: who does what, and what the shop must then be
//! like. Check the shop, not only its answers.

/// Ada searches for "mug", puts two in her cart, applies SAVE10, checks
/// out and pays with a good card. Then: her order is paid at 10% off, her
/// card was charged that once, two mugs fewer are for sale, and she was
/// told her order is confirmed.
#[tokio::test]
async fn a_customer_finds_buys_and_pays() {
    todo!("kata 15, step 4: Ada finds, buys and pays (see the scenario above)")
}

/// Ada applies SAVE10 to her cart, then applies it again. Then: her cart,
/// and the order she makes of it, are 10% off, not 20%.
#[tokio::test]
async fn a_coupon_applied_twice_counts_once() {
    todo!("kata 15, step 5: SAVE10 twice (see the scenario above)")
}

/// Cy puts a keyboard and more mugs than the shop has in his cart, and
/// checks out. Then: the checkout is refused, and everything is for sale
/// as before, the keyboard included.
#[tokio::test]
async fn more_than_the_shop_has_is_refused() {
    todo!("kata 15, step 6: more than the shop has (see the scenario above)")
}
