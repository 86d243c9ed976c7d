//! The packing slip: what the warehouse prints to pack an order, as plain
//! text (`GET /orders/{id}/packing-slip`). No prices: the packer needs to
//! know what to fetch and where it is kept, not what it costs.

use std::collections::BTreeMap;

use crate::catalog;
use crate::clock::Timestamp;
use crate::orders::Order;

/// The packing slip of `order`, printed at `printed`, such as:
///
/// ```text
/// PACKING SLIP
/// Order    ord_5M2K8QW3ZP1D
/// Printed  2025-06-02 08:10 UTC
///
/// Shelf  SKU        Qty  Item
/// B2     CABLE        1  USB-C cable, 2 m
/// C1     MUG          2  Shop mug
///
/// 3 items
/// ```
///
/// One row per SKU (lines of the same SKU are added up), sorted by shelf, so
/// that the packer walks the warehouse once.
pub fn packing_slip(order: &Order, printed: Timestamp) -> String {
    let mut by_shelf = BTreeMap::new();
    for line in &order.lines {
        let shelf = catalog::product(&line.sku).map_or("?", |product| product.shelf);
        let row = by_shelf
            .entry((shelf, line.sku.as_str()))
            .or_insert((0, line.name.as_str()));
        row.0 += line.quantity;
    }
    let mut text = vec![
        "PACKING SLIP".to_string(),
        format!("Order    {}", order.public_id),
        format!("Printed  {printed}"),
        String::new(),
        format!("{:<5}  {:<9}  {:>3}  Item", "Shelf", "SKU", "Qty"),
    ];
    for ((shelf, sku), (quantity, name)) in &by_shelf {
        text.push(format!("{shelf:<5}  {sku:<9}  {quantity:>3}  {name}"));
    }
    let items: u32 = by_shelf.values().map(|(quantity, _)| quantity).sum();
    text.push(String::new());
    text.push(match items {
        1 => "1 item".to_string(),
        n => format!("{n} items"),
    });
    text.join("\n") + "\n"
}
