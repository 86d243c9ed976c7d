//! Returns: what a customer sends back, and what the shop refunds.

use serde::Serialize;

use crate::money::Cents;

/// The restocking fee on an item the customer no longer wants, in percent.
/// A damaged item is refunded in full.
pub const RESTOCKING_FEE_PERCENT: u64 = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    Damaged,
    ChangedMind,
}

/// One line of what the customer sends back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReturnedItem {
    pub sku: String,
    pub quantity: u32,
    /// What the customer paid for one.
    pub unit_price: Cents,
    pub reason: Reason,
}

// ANCHOR: view
/// A return, as the shop's API answers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReturnView {
    /// `ret_` and 12 characters of Crockford's base 32, new for each return.
    pub id: String,
    /// The public id of the order the items came from.
    pub order: String,
    /// When the return was opened: RFC 3339, in UTC.
    pub opened_at: String,
    pub lines: Vec<ReturnLine>,
    /// The sum of the lines' refunds, as a string: `"42.55"`.
    pub refund: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReturnLine {
    pub sku: String,
    pub quantity: u32,
    pub reason: Reason,
    pub refund: String,
}
// ANCHOR_END: view

// ANCHOR: refund
/// What the shop pays back for one line.
fn refund_of(item: &ReturnedItem) -> Cents {
    let paid = item.unit_price * item.quantity;
    match item.reason {
        Reason::Damaged => paid,
        Reason::ChangedMind => paid - paid.percent(RESTOCKING_FEE_PERCENT),
    }
}
// ANCHOR_END: refund

/// Opens a return of `items` from `order`.
pub fn open_return(order: &str, items: &[ReturnedItem]) -> ReturnView {
    let refunds: Vec<Cents> = items.iter().map(refund_of).collect();
    let lines = items
        .iter()
        .zip(&refunds)
        .map(|(item, refund)| ReturnLine {
            sku: item.sku.clone(),
            quantity: item.quantity,
            reason: item.reason,
            refund: refund.to_string(),
        })
        .collect();
    ReturnView {
        id: crate::ids::new("ret"),
        order: order.to_owned(),
        opened_at: crate::clock::now(),
        lines,
        refund: refunds.into_iter().sum::<Cents>().to_string(),
    }
}

/// The label that goes in the parcel, for the warehouse that opens it.
pub fn label(view: &ReturnView) -> String {
    let mut label = format!(
        "RETURN {} of order {}\nOpened {}\n\nQty  SKU       Reason         Refund\n",
        view.id, view.order, view.opened_at
    );
    for line in &view.lines {
        let reason = match line.reason {
            Reason::Damaged => "damaged",
            Reason::ChangedMind => "changed mind",
        };
        label.push_str(&format!(
            "{:>3}  {:<8}  {:<12} {:>7}\n",
            line.quantity, line.sku, reason, line.refund
        ));
    }
    let items: u32 = view.lines.iter().map(|line| line.quantity).sum();
    label.push_str(&format!("\n{items} items, refund {}\n", view.refund));
    label
}
