//! Placing an order is one unit of work: when the database refuses one of
//! its lines, nothing of the order may be kept.
//!
//! **You write this test.** The comment above the `todo!` says what to
//! check.

/// Load the known shop. Place an order for Ada with a good line followed by
/// a bad one (a quantity of 0, which the schema refuses). Check that the
/// answer is `Err(ShopError::InvalidLine { index: 1 })` and that nothing of
/// the order was kept: the `orders` and `order_lines` tables hold as many
/// rows as before (`row_count`), and Ada's orders and total are as loaded.
/// Then place a good order: it is stored, with its lines.
#[test]
fn an_order_with_a_bad_line_is_not_kept_at_all() {
    todo!("kata 06, rollback: place an order with a bad line (see the comment above)")
}
