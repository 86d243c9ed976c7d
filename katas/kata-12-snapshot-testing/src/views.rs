//! What the API sends: the JSON shape of an order and of a shipment. These
//! types are the API's contract with its clients. Renaming a field here
//! renames it in every client's JSON, whatever the Rust code around it says.

use serde::Serialize;

use crate::money::Cents;
use crate::orders::{Order, OrderLine};
use crate::shipping::Shipment;

// ANCHOR: order_view
/// An order, as `POST /orders` and `GET /orders/{id}` send it:
///
/// ```json
/// {
///   "id": "ord_5M2K8QW3ZP1D",
///   "placed_at": "2025-06-01T12:34:56Z",
///   "customer": "ada@shop.test",
///   "lines": [
///     { "sku": "MUG", "name": "Shop mug", "quantity": 2,
///       "unit_price": "6.50", "amount": "13.00" }
///   ],
///   "subtotal": "13.00",
///   "shipping": "4.90",
///   "total": "17.90",
///   "currency": "EUR"
/// }
/// ```
///
/// `id` is the public id (see [`crate::ids`]), `placed_at` the time in
/// RFC 3339 (see [`crate::clock`]), and amounts are decimal strings. The
/// lines come in the order the customer gave them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrderView {
    pub id: String,
    pub placed_at: String,
    pub customer: String,
    pub lines: Vec<LineView>,
    pub subtotal: Cents,
    pub shipping: Cents,
    pub total: Cents,
    pub currency: &'static str,
}

/// One line of an [`OrderView`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LineView {
    pub sku: String,
    pub name: String,
    pub quantity: u32,
    pub unit_price: Cents,
    pub amount: Cents,
}
// ANCHOR_END: order_view

impl From<&Order> for OrderView {
    fn from(order: &Order) -> OrderView {
        OrderView {
            id: order.public_id.clone(),
            placed_at: order.placed_at.rfc3339(),
            customer: order.customer.clone(),
            lines: order.lines.iter().map(LineView::from).collect(),
            subtotal: order.subtotal(),
            shipping: order.shipping(),
            total: order.total(),
            currency: "EUR",
        }
    }
}

impl From<&OrderLine> for LineView {
    fn from(line: &OrderLine) -> LineView {
        LineView {
            sku: line.sku.clone(),
            name: line.name.clone(),
            quantity: line.quantity,
            unit_price: line.unit_price,
            amount: line.amount(),
        }
    }
}

// ANCHOR: shipment_view
/// A shipment, as `POST /orders/{id}/shipments` sends it:
///
/// ```json
/// {
///   "id": "shp_0Q7RT9XH4C2M",
///   "order": "ord_5M2K8QW3ZP1D",
///   "shipped_at": "2025-06-02T08:15:00Z",
///   "carrier": "Parcel Post",
///   "contents": [ { "sku": "MUG", "quantity": 2 } ]
/// }
/// ```
///
/// `contents` is a set: one entry per SKU, **in no particular order**.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShipmentView {
    pub id: String,
    pub order: String,
    pub shipped_at: String,
    pub carrier: &'static str,
    pub contents: Vec<ParcelItem>,
}

/// How many of one SKU are in the parcel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ParcelItem {
    pub sku: String,
    pub quantity: u32,
}
// ANCHOR_END: shipment_view

impl From<&Shipment> for ShipmentView {
    fn from(shipment: &Shipment) -> ShipmentView {
        ShipmentView {
            id: shipment.public_id.clone(),
            order: shipment.order.clone(),
            shipped_at: shipment.shipped_at.rfc3339(),
            carrier: shipment.carrier,
            // A `HashMap` iterates in an order that changes from one run of
            // the program to the next: hence "in no particular order".
            contents: shipment
                .contents
                .iter()
                .map(|(sku, &quantity)| ParcelItem {
                    sku: sku.clone(),
                    quantity,
                })
                .collect(),
        }
    }
}
