//! The warehouse ships paid orders. It is told an order's id, and looks the
//! order up in the order book to find what to pack and where to send it,
//! the way a message carries an id and the consumer reads the rest from the
//! database.

use crate::orders::{OrderBook, OrderId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shipment {
    pub order_id: OrderId,
    pub address: String,
    pub items: u32,
}

#[derive(Debug)]
pub struct Warehouse {
    orders: OrderBook,
    shipments: Vec<Shipment>,
    /// Messages it could not act on, as an operator would see them in a log.
    problems: Vec<String>,
}

impl Warehouse {
    pub fn new(orders: OrderBook) -> Warehouse {
        Warehouse {
            orders,
            shipments: Vec::new(),
            problems: Vec::new(),
        }
    }

    /// "Order `id` is paid: ship it."
    pub fn order_paid(&mut self, id: OrderId) {
        match self.orders.get(id) {
            Some(order) => self.shipments.push(Shipment {
                order_id: id,
                address: order.address,
                items: order.lines.iter().map(|(_, quantity)| quantity).sum(),
            }),
            None => self.problems.push(format!(
                "order {id} is not in the order book; nothing shipped"
            )),
        }
    }

    pub fn shipments(&self) -> &[Shipment] {
        &self.shipments
    }

    pub fn problems(&self) -> &[String] {
        &self.problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Cents;
    use crate::orders::Order;

    #[test]
    fn ships_an_order_that_is_in_the_book() {
        let book = OrderBook::new();
        book.insert(Order {
            id: 7,
            lines: vec![("MUG".into(), 2), ("TEA".into(), 1)],
            total: Cents(0),
            address: "1 Quay St".into(),
            charge_id: "ch_1".into(),
        });
        let mut warehouse = Warehouse::new(book);
        warehouse.order_paid(7);
        assert_eq!(
            warehouse.shipments(),
            [Shipment {
                order_id: 7,
                address: "1 Quay St".into(),
                items: 3
            }]
        );
        assert!(warehouse.problems().is_empty());
    }

    #[test]
    fn reports_an_order_it_cannot_find() {
        let mut warehouse = Warehouse::new(OrderBook::new());
        warehouse.order_paid(7);
        assert!(warehouse.shipments().is_empty());
        assert_eq!(
            warehouse.problems(),
            ["order 7 is not in the order book; nothing shipped"]
        );
    }
}
