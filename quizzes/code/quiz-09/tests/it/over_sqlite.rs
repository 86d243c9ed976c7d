//! The restock service over the real store: SQLite, in memory, fresh for
//! each test. Ada waits for the mug, Bob for the keyboard.

use quiz_09::restock::{Restock, Restocked, Stock};
use quiz_09::sqlite_stock::SqliteStock;

use crate::doubles::{ADA, BOB, SpyMailer, email};

// ANCHOR: shop
fn shop() -> SqliteStock {
    let stock = SqliteStock::open_in_memory().expect("an in-memory database opens");
    stock.add_product("MUG", 2).expect("the mug is added");
    stock
        .add_product("KEYBOARD", 0)
        .expect("the keyboard is added");
    stock.wait_for("MUG", ADA).expect("Ada waits for the mug");
    stock
        .wait_for("KEYBOARD", BOB)
        .expect("Bob waits for the keyboard");
    stock
}
// ANCHOR_END: shop

// ANCHOR: emptied
#[test]
fn the_restocked_products_list_is_emptied() {
    let stock = shop();
    let mailer = SpyMailer::default();

    let restocked = Restock::new(&stock, &mailer).receive("MUG", 3);

    assert_eq!(
        restocked,
        Ok(Restocked {
            on_hand: 5,
            notified: 1
        })
    );
    assert_eq!(mailer.sent(), [email(ADA, "MUG", 5)]);
    assert_eq!(stock.waiting_for("MUG"), Ok(vec![]));
}
// ANCHOR_END: emptied

// ANCHOR: left_alone
#[test]
fn other_products_are_left_alone() {
    let stock = shop();
    let mailer = SpyMailer::default();

    Restock::new(&stock, &mailer)
        .receive("MUG", 3)
        .expect("the mug is restocked");

    assert_eq!(stock.on_hand("KEYBOARD"), Ok(0));
    assert_eq!(stock.waiting_for("KEYBOARD"), Ok(vec![BOB.to_owned()]));
}
// ANCHOR_END: left_alone

// ANCHOR: own_customers
#[test]
fn each_product_tells_its_own_customers() {
    let stock = shop();
    let mailer = SpyMailer::default();
    let restock = Restock::new(&stock, &mailer);

    restock.receive("MUG", 3).expect("the mug is restocked");
    restock
        .receive("KEYBOARD", 4)
        .expect("the keyboard is restocked");

    assert_eq!(
        mailer.sent(),
        [email(ADA, "MUG", 5), email(BOB, "KEYBOARD", 4)]
    );
}
// ANCHOR_END: own_customers
