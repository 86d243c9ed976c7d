//! The restock service over a fake store and a spy mailer: a story in two
//! deliveries, checked by where it ends.

use quiz_09::restock::{Restock, Restocked, Stock};

use crate::doubles::{ADA, FakeStock, SpyMailer, email};

// ANCHOR: fake
#[test]
fn the_waiting_customer_hears_once_and_leaves_the_list() {
    let stock = FakeStock::default()
        .with_product("MUG", 2)
        .with_waiting("MUG", ADA);
    let mailer = SpyMailer::default();
    let restock = Restock::new(&stock, &mailer);

    let first = restock.receive("MUG", 3);
    let second = restock.receive("MUG", 1);

    assert_eq!(
        first,
        Ok(Restocked {
            on_hand: 5,
            notified: 1
        })
    );
    assert_eq!(
        second,
        Ok(Restocked {
            on_hand: 6,
            notified: 0
        })
    );
    assert_eq!(mailer.sent(), [email(ADA, "MUG", 5)]);
    assert_eq!(stock.waiting_for("MUG"), Ok(vec![]));
}
// ANCHOR_END: fake
