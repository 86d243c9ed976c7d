//! The returns the tests open, and redactions that check before they hide.

use insta::internals::{Content, ContentPath};
use quiz_12::money::Cents;
use quiz_12::returns::{Reason, ReturnedItem};

/// An order's public id, new on every run, as the shop's orders have.
pub fn a_fresh_order() -> String {
    quiz_12::ids::new("ord")
}

pub fn item(sku: &str, quantity: u32, unit_price: u64, reason: Reason) -> ReturnedItem {
    ReturnedItem {
        sku: sku.to_owned(),
        quantity,
        unit_price: Cents(unit_price),
        reason,
    }
}

/// Two mugs at 12.50 that arrived broken, and a cable at 19.50 that the
/// customer no longer wants: 25.00 + (19.50 - 1.95) = 42.55 back.
pub fn mugs_and_a_cable() -> Vec<ReturnedItem> {
    vec![
        item("MUG", 2, 1250, Reason::Damaged),
        item("CABLE", 1, 1950, Reason::ChangedMind),
    ]
}

// ANCHOR: shape_checks
/// A return's id must be `ret_` and 12 characters of Crockford's base 32.
pub fn return_id(value: Content, path: ContentPath<'_>) -> &'static str {
    let id = value.as_str().unwrap_or_default();
    let well_formed = id.strip_prefix("ret_").is_some_and(|rest| {
        rest.len() == 12
            && rest
                .bytes()
                .all(|c| b"0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains(&c))
    });
    assert!(well_formed, "{path} should be a return id, is {value:?}");
    "[return id]"
}

/// A time must be RFC 3339 in UTC, to the second: `2025-06-01T12:34:56Z`.
pub fn rfc3339_utc(value: Content, path: ContentPath<'_>) -> &'static str {
    let time = value.as_str().unwrap_or_default();
    let shape = "dddd-dd-ddTdd:dd:ddZ";
    let well_formed = time.len() == shape.len()
        && time.chars().zip(shape.chars()).all(|(c, s)| match s {
            'd' => c.is_ascii_digit(),
            _ => c == s,
        });
    assert!(
        well_formed,
        "{path} should be an RFC 3339 time in UTC, is {value:?}"
    );
    "[time]"
}
// ANCHOR_END: shape_checks

/// Settings that check and redact a return's id, its order (which must be
/// `order`) and its time.
pub fn checked_redactions(order: String) -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.add_dynamic_redaction(".id", return_id);
    settings.add_dynamic_redaction(".order", move |value, path| {
        assert_eq!(
            value.as_str(),
            Some(order.as_str()),
            "{path}: the return's order"
        );
        "[order id]"
    });
    settings.add_dynamic_redaction(".opened_at", rfc3339_utc);
    settings
}
