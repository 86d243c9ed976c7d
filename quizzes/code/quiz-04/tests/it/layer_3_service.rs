//! Layer 3: the warehouse, on the real repository and database.

use quiz_04::repository::StockError;
use quiz_04::service::WarehouseError;

use crate::drivers::warehouse_with_5_mugs;

#[test]
fn picking_takes_items_off_the_shelf() {
    let warehouse = warehouse_with_5_mugs();
    warehouse.pick("MUG", 2).unwrap();
    // Through the repository: layer 2 is tested, so it can be trusted.
    assert_eq!(warehouse.repository().on_hand("MUG").unwrap(), Some(3));
}

#[test]
fn picking_more_than_there_is_is_refused() {
    let warehouse = warehouse_with_5_mugs();
    let result = warehouse.pick("MUG", 6);
    let not_enough = StockError::NotEnough("MUG".to_string());
    assert_eq!(result, Err(WarehouseError::Stock(not_enough)));
    assert_eq!(warehouse.repository().on_hand("MUG").unwrap(), Some(5));
}

#[test]
fn nothing_to_pick_is_refused() {
    let warehouse = warehouse_with_5_mugs();
    assert_eq!(warehouse.pick("MUG", 0), Err(WarehouseError::NothingToMove));
}
