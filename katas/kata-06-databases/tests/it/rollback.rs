//! Placing an order is one unit of work: when the database refuses one of
//! its lines, nothing of the order may be kept.
//!
//! **You write this test.** The comment above the `todo!` names the
//! behavior to test; what to check is yours to decide.

/// An order whose second line the schema refuses is refused as a whole, and
/// nothing of it is kept; the next good order goes through as usual.
#[test]
fn an_order_with_a_bad_line_is_not_kept_at_all() {
    todo!("kata 06, rollback: place an order with a bad line (see the comment above)")
}
