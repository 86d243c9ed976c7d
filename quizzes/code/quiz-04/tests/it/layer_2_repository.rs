//! Layer 2: the repository, on the real database tested in layer 1.

use quiz_04::repository::StockError;

use crate::drivers::{logged_moves, repository_with_5_mugs};

#[test]
fn a_move_changes_the_shelf_and_is_logged() {
    let stock = repository_with_5_mugs();
    stock.move_stock("MUG", 3).unwrap();
    assert_eq!(stock.on_hand("MUG").unwrap(), Some(8));
    assert_eq!(logged_moves(stock.connection(), "MUG"), [3]);
}

// ANCHOR: not_enough
#[test]
fn taking_more_than_the_shelf_holds_is_not_enough() {
    let stock = repository_with_5_mugs();
    let result = stock.move_stock("MUG", -6);
    assert_eq!(result, Err(StockError::NotEnough("MUG".to_string())));
    assert_eq!(
        stock.on_hand("MUG").unwrap(),
        Some(5),
        "the shelf is untouched"
    );
    assert_eq!(
        logged_moves(stock.connection(), "MUG"),
        [],
        "no move logged"
    );
}
// ANCHOR_END: not_enough

// ANCHOR: unknown_sku
#[test]
fn a_move_for_an_unknown_sku_is_refused() {
    let stock = repository_with_5_mugs();
    let result = stock.move_stock("LAMP", -1);
    assert_eq!(result, Err(StockError::UnknownSku("LAMP".to_string())));
    assert_eq!(
        logged_moves(stock.connection(), "LAMP"),
        [],
        "no move logged"
    );
}
// ANCHOR_END: unknown_sku
