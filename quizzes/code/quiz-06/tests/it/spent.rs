//! What a user spent, over the known shop.

use quiz_06::repository::Repository;

use crate::fixtures::{fresh_db, load_known_shop};

#[test]
fn grace_spent_what_her_one_order_cost() {
    let connection = fresh_db();
    let known = load_known_shop(&connection);
    assert_eq!(
        Repository::new(&connection).spent_by(known.grace).unwrap(),
        3000
    );
}

#[test]
fn alan_spent_nothing() {
    let connection = fresh_db();
    let known = load_known_shop(&connection);
    assert_eq!(
        Repository::new(&connection).spent_by(known.alan).unwrap(),
        0
    );
}

// ANCHOR: ada
#[test]
fn ada_spent_her_paid_and_delivered_orders() {
    let connection = fresh_db();
    let known = load_known_shop(&connection);
    // 12.00 paid and 49.00 delivered; the 5.00 canceled order doesn't count.
    assert_eq!(
        Repository::new(&connection).spent_by(known.ada).unwrap(),
        6100
    );
}
// ANCHOR_END: ada

// ANCHOR: one_each
#[test]
fn each_customer_spent_their_one_order() {
    let connection = fresh_db();
    let shop = Repository::new(&connection);
    let bo = shop.add_user("Bo").unwrap();
    let cy = shop.add_user("Cy").unwrap();
    shop.place_order(bo, 1500, "paid", &[("MUG", 1)]).unwrap();
    shop.place_order(cy, 2500, "shipped", &[("LAMP", 1)])
        .unwrap();
    assert_eq!(shop.spent_by(bo).unwrap(), 1500);
    assert_eq!(shop.spent_by(cy).unwrap(), 2500);
}
// ANCHOR_END: one_each
