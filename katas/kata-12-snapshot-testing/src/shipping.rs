//! Shipments: an order leaves the warehouse.

use std::collections::HashMap;

use crate::clock::Timestamp;
use crate::orders::Order;

/// The one carrier the shop uses.
pub const CARRIER: &str = "Parcel Post";

/// An order on its way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shipment {
    /// The database's own number for the shipment. Internal, like an
    /// order's (see [`crate::ids`]).
    pub id: i64,
    /// The id clients see, such as `shp_0Q7RT9XH4C2M`.
    pub public_id: String,
    /// The public id of the order it ships.
    pub order: String,
    pub shipped_at: Timestamp,
    pub carrier: &'static str,
    /// How many of each SKU are in the parcel.
    pub contents: HashMap<String, u32>,
}

/// What goes in the parcel for `order`: the quantity of each SKU, with the
/// lines of the same SKU added up (a customer may order the same product on
/// two lines; the packer puts them in one pile).
pub fn contents(order: &Order) -> HashMap<String, u32> {
    let mut contents = HashMap::new();
    for line in &order.lines {
        *contents.entry(line.sku.clone()).or_insert(0) += line.quantity;
    }
    contents
}
