//! Amounts of money as the shop writes them: euros, a dot, and two digits
//! of cents (`"12.50"`, `"0.07"`), with a minus in front for money going
//! back to a customer (`"-12.50"`). No thousands separators, no currency
//! sign: receipts and labels add those around the number.

/// Text that is not an amount as the shop writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotAPrice(pub String);

// ANCHOR: format
/// `cents` as text: `1205` is `"12.05"`, `-7` is `"-0.07"`.
pub fn format_price(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let magnitude = cents.unsigned_abs();
    format!("{sign}{}.{:02}", magnitude / 100, magnitude % 100)
}
// ANCHOR_END: format

// ANCHOR: parse
/// The amount `text` writes, in cents: `"12.05"` is `1205`. Exactly two
/// digits of cents: `"12.5"` and `"12"` are refused, since a customer who
/// types them may mean either of two amounts.
pub fn parse_price(text: &str) -> Result<i64, NotAPrice> {
    let refused = || NotAPrice(text.to_owned());
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (euros, cents) = unsigned.split_once('.').ok_or_else(refused)?;
    let all_digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(euros) || !all_digits(cents) || cents.len() != 2 {
        return Err(refused());
    }
    let magnitude = euros
        .parse::<u64>()
        .ok()
        .and_then(|euros| euros.checked_mul(100))
        .and_then(|hundreds| hundreds.checked_add(cents.parse().ok()?))
        .ok_or_else(refused)?;
    if negative {
        0i64.checked_sub_unsigned(magnitude).ok_or_else(refused)
    } else {
        i64::try_from(magnitude).map_err(|_| refused())
    }
}
// ANCHOR_END: parse
