//! Layer 1: the schema, against real SQLite.

use rusqlite::ffi::{SQLITE_CONSTRAINT_CHECK, SQLITE_CONSTRAINT_FOREIGNKEY};

use crate::drivers::{database_with_a_mug_shelf, refusal};

#[test]
fn a_shelf_cannot_go_below_zero() {
    let db = database_with_a_mug_shelf(1);
    let result = db.execute("UPDATE shelves SET on_hand = -1 WHERE sku = 'MUG'", []);
    assert_eq!(refusal(result), SQLITE_CONSTRAINT_CHECK);
}

// ANCHOR: sloppy
#[test]
fn a_move_for_no_shelf_is_refused() {
    let db = database_with_a_mug_shelf(5);
    let result = db.execute("INSERT INTO moves (sku, delta) VALUES ('LAMP', 0)", []);
    assert!(result.is_err(), "a move for a product with no shelf");
}
// ANCHOR_END: sloppy

// ANCHOR: plain_is_err
#[test]
fn a_move_needs_a_shelf() {
    let db = database_with_a_mug_shelf(5);
    let result = db.execute("INSERT INTO moves (sku, delta) VALUES ('LAMP', -1)", []);
    assert!(result.is_err(), "a move for a product with no shelf");
}
// ANCHOR_END: plain_is_err

// ANCHOR: for_that_reason
#[test]
fn a_move_needs_a_shelf_for_that_reason() {
    let db = database_with_a_mug_shelf(5);
    let result = db.execute("INSERT INTO moves (sku, delta) VALUES ('LAMP', -1)", []);
    assert_eq!(refusal(result), SQLITE_CONSTRAINT_FOREIGNKEY);
}
// ANCHOR_END: for_that_reason
