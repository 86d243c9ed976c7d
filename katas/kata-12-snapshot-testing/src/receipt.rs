//! The receipt: what the customer takes home, as plain text
//! (`GET /orders/{id}/receipt`).

use crate::orders::Order;

/// The receipt of `order`, such as:
///
/// ```text
/// THE SHOP
/// Receipt for order ord_5M2K8QW3ZP1D
/// Placed 2025-06-01 12:34 UTC by ada@shop.test
///
///  #  Item                  Qty     Price    Amount
///  1  Shop mug                2      6.50     13.00
///
///     Subtotal                                13.00
///     Shipping                                 4.90
///     Total (EUR)                             17.90
///
/// Thank you for shopping with us!
/// ```
///
/// Every line of the order is listed, numbered from 1, in the order the
/// customer gave them; the total is what the customer pays, shipping
/// included.
pub fn receipt(order: &Order) -> String {
    let mut text = vec![
        "THE SHOP".to_string(),
        format!("Receipt for order {}", order.public_id),
        format!("Placed {} by {}", order.placed_at, order.customer),
        String::new(),
        format!(
            "{:>2}  {:<20}  {:>3}  {:>8}  {:>8}",
            "#", "Item", "Qty", "Price", "Amount"
        ),
    ];
    for (index, line) in order.lines.iter().enumerate() {
        let number = index + 1;
        text.push(format!(
            "{number:>2}  {:<20}  {:>3}  {:>8}  {:>8}",
            line.name,
            line.quantity,
            line.unit_price,
            line.amount()
        ));
    }
    text.push(String::new());
    text.push(total_row("Subtotal", order.subtotal()));
    text.push(total_row("Shipping", order.shipping()));
    text.push(total_row("Total (EUR)", order.total()));
    text.push(String::new());
    text.push("Thank you for shopping with us!".to_string());
    text.join("\n") + "\n"
}

/// A row of the totals, its amount under the Amount column.
fn total_row(label: &str, amount: impl std::fmt::Display) -> String {
    format!("    {label:<37}{amount:>8}")
}
