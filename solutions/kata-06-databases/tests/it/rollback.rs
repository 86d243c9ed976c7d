//! Placing an order is one unit of work: when the database refuses one of
//! its lines, nothing of the order may be kept.

use kata_06::money::Cents;
use kata_06::repository::{Order, OrderLine, Repository, ShopError};
use kata_06::status::OrderStatus::Placed;

use crate::fixtures::{fresh_db, load_known_shop, row_count};
#[test]
fn an_order_with_a_bad_line_is_not_kept_at_all() {
    let db = fresh_db();
    let known = load_known_shop(&db);
    let shop = Repository::new(&db);
    let ada = known.ada.id;
    let (orders_before, lines_before) = (row_count(&db, "orders"), row_count(&db, "order_lines"));

    let refused = shop.place_order(
        ada,
        &[
            OrderLine::new("MUG", 1, Cents(650)),
            OrderLine::new("KEYBOARD", 0, Cents(4900)), // no such thing as 0 keyboards
        ],
    );

    assert_eq!(refused, Err(ShopError::InvalidLine { index: 1 }));
    assert_eq!(row_count(&db, "orders"), orders_before, "no order was kept");
    assert_eq!(
        row_count(&db, "order_lines"),
        lines_before,
        "not even the good line before the bad one"
    );
    assert_eq!(
        shop.orders_of(ada),
        Ok(vec![
            known.ada_delivered,
            known.ada_shipped,
            known.ada_canceled
        ])
    );
    assert_eq!(shop.total_spent(ada), Ok(Cents(6200)));

    // The connection is left ready for the next order.
    let good = [OrderLine::new("MUG", 1, Cents(650))];
    let order = shop
        .place_order(ada, &good)
        .expect("a good order after a bad one");
    assert_eq!(
        shop.order(order.id),
        Ok(Some(Order {
            id: order.id,
            user: ada,
            total: Cents(650),
            status: Placed
        }))
    );
    assert_eq!(shop.lines_of(order.id), Ok(good.to_vec()));
}
